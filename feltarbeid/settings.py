"""feltarbeid.toml: the study's settings, loaded and validated with clear errors.

Every section and key is declared once, in ``SCHEMA``: its type, default, allowed values and
help text. Loading checks each key against it and names the file, the key and what is
allowed; a misspelt key gets a "did you mean" hint. ``render_default`` writes a commented
file for ``feltarbeid init``.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import SettingsError
from .files import write_atomic
from .locale import t

SETTINGS_FILE = "feltarbeid.toml"
LANGUAGES = ("nb", "nn", "en")


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    default: Any
    help: str
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None  # every number has a range (a test checks)
    maximum: float | None = None
    check: Callable[[Any], str | None] | None = None  # returns why a value is wrong


def _size_bounds_problem(value: Any) -> str | None:
    from .municipalities import check_bounds

    return check_bounds(value)


# section -> key -> declaration. The order here is the order in the written file.
SCHEMA: dict[str, dict[str, Key]] = {
    "study": {
        "title": Key(str, "", "Title of the study, shown on packets and exports."),
        "language": Key(
            str, "nb", "Language of the UI, letters and transcripts: nb, nn or en.", LANGUAGES
        ),
        "guide": Key(str, "", "Interview guide (YAML), relative to the study folder."),
        "end_date": Key(
            (str, date), "", "Project end date (YYYY-MM-DD): personal data is purged then."
        ),
        "researcher": Key(str, "", "Name or role that signs letters (e.g. 'Prosjektleder')."),
        "institution": Key(str, "", "Institution shown on letters."),
        "contact": Key(str, "", "Contact address informants can write to."),
    },
    "key": {
        "path": Key(
            str,
            "",
            "Linking key file (koblingsnøkkel), encrypted; default ../<study>-nokkel.age. "
            "Keep it outside the study folder.",
        ),
    },
    "transcribe": {
        "model": Key(
            str,
            "base",
            "Whisper model: base (bundled), a name from 'feltarbeid model list' such as "
            "nb-whisper-small, a local CTranslate2 folder, or a hub id (downloaded only if "
            "allowed).",
        ),
        "workers": Key(int, 0, "Parallel processes; 0 = choose from the number of cores.",
                       None, 0, 256),
        "allow_download": Key(bool, False, "Allow downloading the model above from the "
                              "Hugging Face hub (the only network use)."),
        "vocabulary_prompt": Key(
            bool, False, "Give the guide's wording to the model as a prompt (measured: off)."
        ),
    },
    "anonymise": {
        "persons": Key(str, "code", "How persons are replaced.", ("code",)),
        "municipalities": Key(
            str,
            "code",
            "How municipalities are replaced: code ([Kommune B]), county, region, size "
            "(a size class: [kommune med under 3 000 innbyggere]) or size_region (both: "
            "[kommune med under 3 000 innbyggere på Østlandet]).",
            ("code", "county", "region", "size", "size_region"),
        ),
        "size_bounds": Key(
            list,
            [3000, 15000],
            "Size classes of municipalities by population on 1 January of the interview "
            "year: the bounds between classes, going up ([3000, 15000] = under 3 000, "
            "3 000–15 000, over 15 000).",
            check=_size_bounds_problem,
        ),
        "review_threshold": Key(
            float, 0.8, "Hits with lower confidence go to the review queue (0–1).", None,
            0.0, 1.0,
        ),
    },
    "review": {
        "deadline_days": Key(int, 14, "Days informants have to answer a review packet.",
                             None, 1, 365),
        "text_version": Key(
            str,
            "anonymised",
            "Which text goes into a packet: anonymised or verbatim.",
            ("anonymised", "verbatim"),
        ),
        "silence_approves": Key(
            bool, False, "Whether no answer by the deadline counts as approval."
        ),
    },
    "workbench": {
        "rewind": Key(
            float, 1.5, "Seconds the sound goes back when playing resumes after a pause (0–5; "
            "the f4 convention).", None, 0.0, 5.0,
        ),
        "skip": Key(float, 5.0, "Seconds the back/forward keys (F3/F5) jump (0.5–60).", None,
                    0.5, 60.0),
        "speed": Key(float, 1.0, "Playback speed to start with, 0.75–1.5 (pitch kept).", None,
                     0.75, 1.5),
        "unsure_below": Key(
            float, 0.5, "Words the model gave a lower probability than this are marked unsure "
            "(0–1).", None, 0.0, 1.0,
        ),
    },
    "recruitment": {
        "purpose": Key(str, "", "What the study is for, in one to three sentences: the "
                       "introductory letter (informasjonsskriv) needs it."),
        "selection": Key(str, "", "Why the informant is asked, for the letter (empty: a "
                         "general sentence)."),
        "interview_minutes": Key(int, 90, "How long an interview takes, in minutes, for "
                                 "the letter.", None, 5, 600),
        "supervisor": Key(str, "", "Supervisor named in the letter (optional)."),
        "privacy_officer": Key(str, "", "How to reach the institution's data protection "
                               "officer (personvernombud), for the letter (optional)."),
        "sikt_reference": Key(str, "", "Sikt's reference, once Sikt has assessed the "
                              "project: the letter then says so (optional)."),
    },
    "export": {
        "timestamps": Key(
            str, "f4", "Timestamp style in transcript documents: f4 or brackets.",
            ("f4", "brackets"),
        ),
        "attribution": Key(
            str,
            "{role} {case}",
            "How quotes are attributed; fields: {code}, {role}, {case}, {theme}.",
        ),
    },
}


@dataclass
class Settings:
    """Validated settings. ``values[section][key]``; attribute helpers for the common ones."""

    path: Path
    values: dict[str, dict[str, Any]] = field(default_factory=dict)

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]

    @property
    def title(self) -> str:
        return str(self.values["study"]["title"])

    @property
    def language(self) -> str:
        return str(self.values["study"]["language"])

    @property
    def end_date(self) -> date | None:
        raw = self.values["study"]["end_date"]
        return raw if isinstance(raw, date) else None

    @property
    def study_dir(self) -> Path:
        return self.path.parent

    def key_path(self) -> Path:
        raw = self.values["key"]["path"]
        if raw:
            p = Path(raw).expanduser()
            return p if p.is_absolute() else (self.study_dir / p).resolve()
        return self.study_dir.resolve().parent / f"{self.study_dir.resolve().name}-nokkel.age"

    def guide_path(self) -> Path | None:
        raw = self.values["study"]["guide"]
        if not raw:
            return None
        p = Path(raw).expanduser()
        return p if p.is_absolute() else self.study_dir / p


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
             list: "a list such as [3000, 15000]"}
    if isinstance(t, tuple):
        return "text"
    return names.get(t, t.__name__)


def _check_value(where: str, name: str, decl: Key, value: Any) -> Any:
    expected = decl.type
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
    if not ok:
        raise SettingsError(
            f"'{name}' must be {_type_name(expected)}, not {value!r}",
            where=where,
            hint=decl.help,
        )
    if decl.choices is not None and value not in decl.choices:
        allowed = ", ".join(str(c) for c in decl.choices)
        raise SettingsError(
            f"'{name}' is {value!r}; allowed: {allowed}", where=where, hint=decl.help
        )
    if decl.check is not None and (problem := decl.check(value)) is not None:
        raise SettingsError(f"'{name}' {problem}, not {value!r}", where=where, hint=decl.help)
    low, high = decl.minimum, decl.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise SettingsError(
            t("safety.setting_range", name=name, value=value, low=_number(low),
              high=_number(high)), where=where, hint=decl.help)
    if name == "end_date" and value and isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise SettingsError(
                f"'end_date' is {value!r}, not a date", where=where, hint="write YYYY-MM-DD"
            ) from None
    return value


def _number(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value)


def _did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    allowed = ", ".join(options)
    return f"did you mean '{close[0]}'? allowed: {allowed}" if close else f"allowed: {allowed}"


def validate(raw: dict[str, Any], path: Path) -> Settings:
    values: dict[str, dict[str, Any]] = {
        s: {k: d.default for k, d in keys.items()} for s, keys in SCHEMA.items()
    }
    for section, content in raw.items():
        if section not in SCHEMA:
            raise SettingsError(
                f"unknown section [{section}]",
                where=str(path),
                hint=_did_you_mean(section, list(SCHEMA)),
            )
        if not isinstance(content, dict):
            raise SettingsError(
                f"[{section}] must be a table of keys", where=str(path), hint=f"write [{section}]"
            )
        for key, value in content.items():
            decl = SCHEMA[section].get(key)
            where = f"{path} [{section}]"
            if decl is None:
                raise SettingsError(
                    f"unknown key '{key}'",
                    where=where,
                    hint=_did_you_mean(key, list(SCHEMA[section])),
                )
            values[section][key] = _check_value(where, key, decl, value)
    return Settings(path=path, values=values)


def load(path: Path) -> Settings:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SettingsError(
            "settings file not found", where=str(path), hint="run 'feltarbeid init DIR'"
        ) from None
    except UnicodeDecodeError:
        raise SettingsError("not UTF-8 text", where=str(path), hint="save it as UTF-8") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(
            f"not valid TOML: {exc}", where=str(path), hint="check quotes and [section] headers"
        ) from None
    if not raw:  # an empty file (or only comments) is a lost file, not "all defaults"
        raise SettingsError(t("safety.settings_empty"), where=str(path),
                            hint=t("safety.settings_restore_hint", dir=str(path.parent)))
    return validate(raw, path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def set_value(path: Path, section: str, key: str, value: Any) -> Settings:
    """Change one key in feltarbeid.toml in place (comments and other lines kept), after
    checking it against ``SCHEMA``; returns the settings as loaded again."""
    decl = SCHEMA.get(section, {}).get(key)
    if decl is None:
        raise SettingsError(f"unknown key '{key}'", where=f"{path} [{section}]")
    _check_value(f"{path} [{section}]", key, decl, value)
    lines = path.read_text(encoding="utf-8").splitlines()
    new_line = f"{key} = {_toml_value(value)}"
    current, header_at, done = "", None, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1].strip()
            if current == section:
                header_at = index
        elif current == section and stripped.split("=", 1)[0].strip() == key and "=" in stripped:
            lines[index] = new_line
            done = True
            break
    if not done:
        if header_at is None:
            lines += ["", f"[{section}]", new_line]
        else:
            lines.insert(header_at + 1, new_line)
    # atomic: a crash or a full disk leaves the old file, never half of it
    write_atomic(path, "\n".join(lines) + "\n")
    return load(path)


def render(values: dict[str, dict[str, Any]]) -> str:
    """A commented feltarbeid.toml with every key; ``values`` overrides the defaults."""
    lines = ["# feltarbeid study settings. Every key is explained; see 'feltarbeid --help'.", ""]
    for section, keys in SCHEMA.items():
        lines.append(f"[{section}]")
        for key, decl in keys.items():
            value = values.get(section, {}).get(key, decl.default)
            lines.append(f"# {decl.help}")
            if value == "" and key in {"end_date"}:
                lines.append(f'# {key} = "2027-12-31"')
            else:
                lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)
