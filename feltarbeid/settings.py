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
from .locale import choices, study_language, t

SETTINGS_FILE = "feltarbeid.toml"
LANGUAGES = ("nb", "nn", "en")


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None  # every number has a range (a test checks)
    maximum: float | None = None
    check: Callable[[Any], str | None] | None = None  # returns why a value is wrong


def _size_bounds_problem(value: Any) -> str | None:
    from .municipalities import check_bounds

    return check_bounds(value)


# section -> key -> declaration. The order here is the order in the written file. Each
# key's help is in the catalogue: settings.<section>.<key> (see ``help_text``).
SCHEMA: dict[str, dict[str, Key]] = {
    "study": {
        "title": Key(str, ""),
        "language": Key(str, "nb", LANGUAGES),
        "guide": Key(str, ""),
        "end_date": Key((str, date), ""),
        "researcher": Key(str, ""),
        "institution": Key(str, ""),
        "contact": Key(str, ""),
    },
    "key": {
        "path": Key(str, ""),
    },
    "transcribe": {
        "model": Key(str, "base"),
        "workers": Key(int, 0, None, 0, 256),
        "allow_download": Key(bool, False),
        "vocabulary_prompt": Key(bool, False),
    },
    "anonymise": {
        "persons": Key(str, "code", ("code",)),
        "municipalities": Key(str, "code", ("code", "county", "region", "size", "size_region")),
        "size_bounds": Key(list, [3000, 15000], check=_size_bounds_problem),
        "review_threshold": Key(float, 0.8, None, 0.0, 1.0),
    },
    "review": {
        "deadline_days": Key(int, 14, None, 1, 365),
        "text_version": Key(str, "anonymised", ("anonymised", "verbatim")),
        "silence_approves": Key(bool, False),
    },
    "workbench": {
        "rewind": Key(float, 1.5, None, 0.0, 5.0),
        "skip": Key(float, 5.0, None, 0.5, 60.0),
        "speed": Key(float, 1.0, None, 0.75, 1.5),
        "unsure_below": Key(float, 0.5, None, 0.0, 1.0),
    },
    "recruitment": {
        "purpose": Key(str, ""),
        "selection": Key(str, ""),
        "interview_minutes": Key(int, 90, None, 5, 600),
        "supervisor": Key(str, ""),
        "privacy_officer": Key(str, ""),
        "sikt_reference": Key(str, ""),
    },
    "export": {
        "timestamps": Key(str, "f4", ("f4", "brackets")),
        "attribution": Key(str, "{role} {case}"),
    },
}


def help_text(section: str, key: str, lang: str | None = None) -> str:
    """What ``[section] key`` is for, in ``lang`` (default: the current language)."""
    return t(f"settings.{section}.{key}", lang)


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


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "int", float: "float", bool: "bool", list: "list"}
    name = "text" if isinstance(kind, tuple) else names.get(kind)
    return t(f"settings.type_{name}") if name else kind.__name__


def _check_value(where: str, section: str, name: str, decl: Key, value: Any) -> Any:
    hint = help_text(section, name)
    expected = decl.type
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
    if not ok:
        raise SettingsError(
            t("settings.wrong_type", name=name, type=_type_name(expected), value=repr(value)),
            where=where, hint=hint)
    if decl.choices is not None and value not in decl.choices:
        allowed = choices(decl.choices)
        raise SettingsError(t("settings.not_allowed", name=name, value=repr(value),
                              allowed=allowed), where=where, hint=hint)
    if decl.check is not None and (problem := decl.check(value)) is not None:
        raise SettingsError(t("settings.problem", name=name, problem=problem, value=repr(value)),
                            where=where, hint=hint)
    low, high = decl.minimum, decl.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise SettingsError(
            t("safety.setting_range", name=name, value=value, low=_number(low),
              high=_number(high)), where=where, hint=hint)
    if name == "end_date" and value and isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise SettingsError(t("settings.end_date_not_date", value=repr(value)), where=where,
                                hint=t("core.write_date_hint")) from None
    return value


def _number(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value)


def _did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    allowed = choices(options)
    return (t("settings.did_you_mean", close=close[0], allowed=allowed) if close
            else t("settings.allowed", allowed=allowed))


def validate(raw: dict[str, Any], path: Path) -> Settings:
    study = raw.get("study")
    if isinstance(study, dict):
        study_language(study.get("language"))  # its errors in the study's own language
    values: dict[str, dict[str, Any]] = {
        s: {k: d.default for k, d in keys.items()} for s, keys in SCHEMA.items()
    }
    for section, content in raw.items():
        if section not in SCHEMA:
            raise SettingsError(
                t("settings.unknown_section", section=section),
                where=str(path),
                hint=_did_you_mean(section, list(SCHEMA)),
            )
        if not isinstance(content, dict):
            raise SettingsError(t("settings.not_a_table", section=section), where=str(path),
                                hint=t("settings.not_a_table_hint", section=section))
        for key, value in content.items():
            decl = SCHEMA[section].get(key)
            where = f"{path} [{section}]"
            if decl is None:
                raise SettingsError(
                    t("settings.unknown_key", key=key),
                    where=where,
                    hint=_did_you_mean(key, list(SCHEMA[section])),
                )
            values[section][key] = _check_value(where, section, key, decl, value)
    return Settings(path=path, values=values)


def load(path: Path) -> Settings:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SettingsError(t("settings.file_missing"), where=str(path),
                            hint=t("settings.file_missing_hint")) from None
    except UnicodeDecodeError:
        raise SettingsError(t("settings.not_utf8"), where=str(path),
                            hint=t("settings.not_utf8_hint")) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(_toml_problem(exc), where=str(path),
                            hint=t("settings.not_toml_hint")) from None
    if not raw:  # an empty file (or only comments) is a lost file, not "all defaults"
        raise SettingsError(t("safety.settings_empty"), where=str(path),
                            hint=t("safety.settings_restore_hint", dir=str(path.parent)))
    return validate(raw, path)


def _toml_problem(exc: tomllib.TOMLDecodeError) -> str:
    """Where the TOML is wrong (line, column), in the user's language; the parser's own
    wording is English."""
    import re

    at = re.search(r"line (\d+), column (\d+)", str(exc))
    if at is None:
        return t("settings.not_toml")
    return t("settings.not_toml_at", line=at.group(1), column=at.group(2))


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
        raise SettingsError(t("settings.unknown_key", key=key), where=f"{path} [{section}]")
    _check_value(f"{path} [{section}]", section, key, decl, value)
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
    lang = values.get("study", {}).get("language")
    lang = lang if lang in LANGUAGES else None
    lines = [t("settings.file_header", lang), ""]
    for section, keys in SCHEMA.items():
        lines.append(f"[{section}]")
        for key, decl in keys.items():
            value = values.get(section, {}).get(key, decl.default)
            lines.append(f"# {help_text(section, key, lang)}")
            if value == "" and key in {"end_date"}:
                lines.append(f'# {key} = "2027-12-31"')
            else:
                lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)
