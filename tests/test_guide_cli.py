"""`feltarbeid guide check|show|add|list`, and guide versions kept in a study by hash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from feltarbeid.guide import GuideError, guide_by_hash, load_guide, study_guide
from feltarbeid.store.registers import list_guides
from feltarbeid.study import open_study

REPO = Path(__file__).resolve().parent.parent
GUIDES = REPO / "guides"
BROKEN = Path(__file__).resolve().parent / "data" / "guides"
NAV = GUIDES / "nav-partnerskap.yaml"


# -------------------------------------------------------------------------- check


def test_check_accepts_the_example_guides(cli) -> None:  # type: ignore[no-untyped-def]
    files = [str(p) for p in sorted(GUIDES.glob("*.yaml"))]
    r = cli("--lang", "en", "guide", "check", *files)
    assert r.exit_code == 0, r.output
    lines = [line for line in r.stdout.splitlines() if " OK — " in line]
    assert len(lines) == 3
    nav = next(line for line in lines if "nav-partnerskap" in line)
    assert "5 themes" in nav and "must-ask" in nav and "120 min planned" in nav
    assert "missing: 5" in r.stdout  # the gap in theme numbers is reported, not an error


def test_check_rejects_a_broken_guide_with_every_problem(cli) -> None:  # type: ignore[no-untyped-def]
    path = BROKEN / "many-problems.yaml"
    r = cli("--lang", "en", "guide", "check", str(path))
    assert r.exit_code == 1
    assert f"{path}:3:1: unknown top-level key 'titel'" in r.stdout
    assert "→ did you mean 'title'?" in r.stdout
    assert f"{path}:17:13: the id 'q1' is used twice" in r.stdout
    assert "Traceback" not in r.output


def test_check_good_and_bad_files_together(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--lang", "en", "guide", "check", str(NAV), str(BROKEN / "tabs.yaml"),
            str(BROKEN / "no-such.yaml"))
    assert r.exit_code == 1
    assert "nav-partnerskap.yaml: OK" in r.stdout
    assert "tabs.yaml:8:1: tab character in the indentation" in r.stdout
    assert "no-such.yaml:1:1: file not found" in r.stdout
    assert "2 of 3 file(s) have problems" in r.stdout


def test_check_fix_ids(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.yaml"
    path.write_text("id: g\ntitle: T\nthemes:\n  - title: A\n    items:\n      - Hva?\n",
                    encoding="utf-8")
    r = cli("--lang", "en", "guide", "check", str(path))
    assert r.exit_code == 0 and "no explicit id" in r.stdout and "--fix-ids" in r.stdout
    r = cli("--lang", "en", "guide", "check", "--fix-ids", str(path))
    assert r.exit_code == 0 and "wrote 2 id(s)" in r.stdout
    assert "id: t1.1\n" in path.read_text(encoding="utf-8")
    r = cli("--lang", "en", "guide", "check", str(path))
    assert "no explicit id" not in r.stdout


# -------------------------------------------------------------------------- show


def test_show_prints_labels_as_written(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("guide", "show", str(NAV))
    assert r.exit_code == 0, r.output
    out = r.stdout
    for text in ("KOMMUNE:", "Introduksjonsdel:", "FORTELL OM EN VANLIG DAG!",
                 "Tema 1. Partnerskapet og samarbeidsavtalen", 'Tema 3: "2 sjefer"',
                 "Tema 6 : Ledelse – og ledelsesutfordringer", "Evt. hvordan løses det?",
                 "◦ Les opp", "- hva, og til/fra hvem?", "Referat fra partnerskapsmøtene",
                 "25 min", "avgjør anonymisering", "• Hvor mange møter"):
        assert text in out, text
    assert "Tema 5" not in out.replace("Tema 5 ble tatt ut", "")  # the gap is kept
    # must-ask items carry the marker; optional ones do not
    assert "! Ønsker du at intervjuet skal anonymiseres?" in out
    assert "! Ble du rekruttert" not in out
    assert out.index("Introduksjonsdel:") < out.index("Tema 1.") < out.index("Tema 6 :") \
        < out.index("Hvordan fungerer partnerskapet i praksis")
    assert "[t3-hvem]" not in out
    r = cli("guide", "show", "--ids", str(NAV))
    assert "[t3-hvem]" in r.stdout and "[t4-krysspress-p1]" in r.stdout


REAL = Path(__file__).resolve().parent / "data" / "interview-real-guide.yaml"


def test_show_prints_a_real_guide_as_written(cli) -> None:  # type: ignore[no-untyped-def]
    """Issue 13, 17–20: a guide written like a real thesis guide comes out with the author's
    words and punctuation, nothing added."""
    r = cli("guide", "show", str(REAL))
    assert r.exit_code == 0, r.output
    out = r.stdout
    lines = [line.rstrip() for line in out.splitlines()]
    # a lead-in in the author's own quotes: no «» around them, no "(read first)" tag
    assert '    "Partnerskapet er regulert gjennom samarbeidsavtalen."' in lines
    assert "«" not in out and "»" not in out and "leses først" not in out
    # a conditional has no dash; a follow-up written with marker: "" has none either
    assert "      Evt. hvilke?" in lines
    assert "      hvor lang tid tok det" in lines
    assert "      - hvem andre var med?" in lines
    # the author opened the prompt list's bracket and never closed it: kept so
    assert "      (hvem kaller inn, foreslår saker, setter dagsorden, leder møtet?" in lines
    # the closing question stands outside any theme, with no heading of its own
    closing = lines.index("    Hvordan vil du si at partnerskapet fungerer i praksis, så langt?")
    assert lines[closing - 1] == ""
    assert "Avslutning" not in out
    # a guide that does label its closing part keeps that label
    r = cli("guide", "show", str(GUIDES / "samarbeid-apen.yaml"))
    assert "Til slutt:  5 min" in r.stdout.splitlines()


def test_show_english_guide_in_english(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("guide", "show", str(GUIDES / "en-municipal-services.yaml"))
    assert r.exit_code == 0
    assert "decides anonymisation" in r.stdout and "MUNICIPALITY:" in r.stdout


def test_show_broken_guide_fails_cleanly(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--lang", "en", "guide", "show", str(BROKEN / "typo-key.yaml"))
    assert r.exit_code == 1
    assert "typo-key.yaml:10:9: unknown key 'questoin'" in r.stderr
    assert "Traceback" not in r.output


@pytest.mark.parametrize("command", ["check", "show", "add", "list"])
def test_help_has_an_example(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    r = cli("guide", command, "--help")
    assert r.exit_code == 0 and "Example" in r.stdout


# -------------------------------------------------------------------------- in a study


def test_add_stores_by_hash_and_sets_the_study_guide(cli, study) -> None:  # type: ignore[no-untyped-def]
    guide_file = study.root / "guide.yaml"
    shutil.copy(NAV, guide_file)
    r = cli("--lang", "en", "--study", str(study.root), "guide", "add", str(guide_file))
    assert r.exit_code == 0, r.output
    first = load_guide(guide_file)
    assert f"Stored guide version {first.content_hash[:12]}" in r.stdout
    assert "[study] guide = guide.yaml" in r.stdout
    reopened = open_study(study.root)
    assert reopened.settings.values["study"]["guide"] == "guide.yaml"
    assert "guide.yaml" in (study.root / "feltarbeid.toml").read_text(encoding="utf-8")

    # the same content again: nothing new
    r = cli("--lang", "en", "--study", str(study.root), "guide", "add", str(guide_file))
    assert "stored already" in r.stdout

    # edit the guide: a new version; the old one still loads by its hash
    text = guide_file.read_text(encoding="utf-8")
    guide_file.write_text(text.replace("Hvem er din nærmeste leder?",
                                       "Hvem er din nærmeste overordnede?"), encoding="utf-8")
    second = study_guide(reopened)
    assert second.content_hash != first.content_hash
    hashes = [g["hash"] for g in list_guides(reopened.store)]
    assert hashes == [first.content_hash, second.content_hash]
    old = guide_by_hash(reopened.store, first.content_hash)
    assert old.item("t3-hvem").text == "Hvem er din nærmeste leder?"  # type: ignore[union-attr]
    assert old.content_hash == first.content_hash
    assert guide_by_hash(reopened.store, second.content_hash[:10]).item(
        "t3-hvem").text == "Hvem er din nærmeste overordnede?"  # type: ignore[union-attr]

    r = cli("--lang", "en", "--study", str(study.root), "guide", "list")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    old_row = next(line for line in lines if first.content_hash[:12] in line)
    new_row = next(line for line in lines if second.content_hash[:12] in line)
    assert "current" not in old_row and "current" in new_row
    reopened.close()


def test_add_keeps_an_existing_study_guide_unless_use(cli, study) -> None:  # type: ignore[no-untyped-def]
    a, b = GUIDES / "nav-partnerskap.yaml", GUIDES / "samarbeid-apen.yaml"
    assert cli("--study", str(study.root), "guide", "add", str(a)).exit_code == 0
    r = cli("--lang", "en", "--study", str(study.root), "guide", "add", str(b))
    assert r.exit_code == 0 and "--use" in r.stdout
    assert study_guide(open_study(study.root)).id == "nav-partnerskap"
    r = cli("--study", str(study.root), "guide", "add", "--use", str(b))
    assert r.exit_code == 0
    assert study_guide(open_study(study.root)).id == "samarbeid-apen"


def test_add_refuses_a_broken_guide_and_stores_nothing(cli, study) -> None:  # type: ignore[no-untyped-def]
    r = cli("--lang", "en", "--study", str(study.root), "guide", "add",
            str(BROKEN / "duplicate-id.yaml"))
    assert r.exit_code == 1 and "duplicate-id.yaml:10:13" in r.stderr
    assert list_guides(study.store) == []
    assert open_study(study.root).settings.values["study"]["guide"] == ""


def test_add_outside_a_study(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("guide", "add", str(NAV))
    assert r.exit_code == 2


def test_study_guide_without_a_guide_says_what_to_do(study) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.errors import FeltarbeidError

    with pytest.raises(FeltarbeidError) as info:
        study_guide(study)
    assert "guide add" in (info.value.hint or "")


def test_unknown_hash(study) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.errors import FeltarbeidError

    with pytest.raises(FeltarbeidError):
        guide_by_hash(study.store, "0" * 64)
    assert not issubclass(FeltarbeidError, GuideError)


def test_a_guide_stored_as_json_loads_by_hash(study) -> None:  # type: ignore[no-untyped-def]
    import json

    from feltarbeid.guide import guide_to_dict
    from feltarbeid.store.registers import save_guide

    guide = load_guide(NAV)
    save_guide(study.store, hash=guide.content_hash, guide_id=guide.id, title=guide.title,
               version=guide.version, source_path="",
               content=json.dumps(guide_to_dict(guide), ensure_ascii=False))
    again = guide_by_hash(study.store, guide.content_hash)
    assert again == guide
