"""Study folder, settings validation, finding the study like git."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from feltarbeid.errors import FeltarbeidError, SettingsError, StudyNotFound
from feltarbeid.locale import t
from feltarbeid.settings import load
from feltarbeid.study import SUBFOLDERS, find_study, init_study


def test_init_creates_the_folder(tmp_path: Path) -> None:
    s = init_study(tmp_path / "st", title="T", language="nn")
    for name in SUBFOLDERS:
        assert (s.root / name).is_dir()
    assert (s.root / "feltarbeid.toml").is_file()
    assert (s.root / "feltarbeid.db").is_file()
    assert stat.S_IMODE(os.stat(s.root).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(s.root / "feltarbeid.db").st_mode) & 0o077 == 0
    assert s.settings.language == "nn"
    assert s.key_path == (tmp_path / "st-nokkel.age").resolve()
    assert not s.key_path.is_relative_to(s.root)
    assert s.store.audit_entries("study.init")


def test_init_refuses_existing_study(tmp_path: Path) -> None:
    init_study(tmp_path / "st")
    before = (tmp_path / "st" / "feltarbeid.toml").read_text()
    with pytest.raises(FeltarbeidError, match=t("core.study_exists")):
        init_study(tmp_path / "st", title="other")
    assert (tmp_path / "st" / "feltarbeid.toml").read_text() == before


def test_find_study_upwards_and_explicit(tmp_path: Path) -> None:
    s = init_study(tmp_path / "st")
    deep = s.root / "recordings" / "a" / "b"
    deep.mkdir(parents=True)
    assert find_study(start=deep).root == s.root
    assert find_study(explicit=s.root).root == s.root
    with pytest.raises(StudyNotFound, match=t("core.no_study_here")):
        find_study(start=tmp_path)
    with pytest.raises(StudyNotFound, match=re.escape(t("core.not_a_study"))):
        find_study(explicit=tmp_path)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[study]\nlangauge = "nb"\n', "mente du 'language'?"),
        ('[study]\nlanguage = "sv"\n', "tillatt: 'nb', 'nn', 'en'"),
        ('[studie]\ntitle = "x"\n', "ukjent seksjon [studie]"),
        ('[review]\ndeadline_days = "two weeks"\n', "må være et helt tall"),
        ('[review]\ndeadline_days = 0\n', "mellom 1 og 365"),
        ('[study]\nend_date = "31.12.2027"\n', "ikke en dato"),
        ('[study\ntitle = "x"\n', "ikke gyldig TOML (linje 1, kolonne"),
        ('[review]\nsilence_approves = "yes"\n', "må være true eller false"),
    ],
)
def test_settings_errors_name_file_and_key(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "feltarbeid.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_settings_round_trip(tmp_path: Path) -> None:
    s = init_study(tmp_path / "st", title="Tittel med æøå", language="en")
    again = load(s.root / "feltarbeid.toml")
    assert again.title == "Tittel med æøå"
    assert again.language == "en"
    assert again.get("review", "deadline_days") == 14


@pytest.mark.parametrize(("language", "message"), [
    ("en", "'review_threshold' must be a number, not 'høy'"),
    ("nn", "«review_threshold» må vere eit tal"),
    ("nb", "«review_threshold» må være et tall"),
])
def test_a_settings_error_speaks_the_study_language(tmp_path: Path, language: str,
                                                    message: str) -> None:
    """A hand-edited setting gone wrong is reported in the study's own language, read from
    the same file before its values are checked (it was always Bokmål)."""
    path = tmp_path / "feltarbeid.toml"
    path.write_text(f'[study]\nlanguage = "{language}"\n\n[anonymise]\n'
                    f'review_threshold = "høy"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load(path)
    assert message in str(info.value)


def test_a_chosen_language_beats_the_study_language(tmp_path: Path) -> None:
    from feltarbeid import locale

    path = tmp_path / "feltarbeid.toml"
    path.write_text('[study]\nlanguage = "en"\n\n[anonymise]\nreview_threshold = "høy"\n',
                    encoding="utf-8")
    locale.set_language("nb", chosen=True)  # --lang nb
    with pytest.raises(SettingsError) as info:
        load(path)
    assert "må være et tall" in str(info.value)
