"""Letters to informants: one machinery for every letter the study sends (the review
stage's cover and reminder letters, the recruitment stage's introductory letter and its
reminder).

A letter is a list of ``Block``s (subject, title, heading, body, signature, rule) whose
text comes from the string catalogue (``feltarbeid.locale``) in the letter's language. A
study can reword any paragraph without touching the code: ``templates/letters.<lang>.toml``
in the study folder holds catalogue keys as TOML tables (``[review] letter_intro = "…"``,
``[recruitment.invitation] purpose = "…"``); a key there replaces the catalogue's text for
that study, a key left out keeps it. ``write_template`` writes such a file with the current
wording to start from. Unknown keys and unknown ``{fields}`` are refused with the file and
the key named.

Rendering: ``to_text`` (plain text: the e-mail body or the file to attach) and
``write_docx`` (Word, for print and signature). Pure apart from reading the template file
and writing the output.
"""

from __future__ import annotations

import difflib
import json
import string
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from . import locale
from .errors import FeltarbeidError
from .files import write_atomic

TEMPLATE_FOLDER = "templates"
BlockStyle = Literal["subject", "title", "heading", "body", "signature", "rule"]


def format_date(iso: str, lang: str) -> str:
    """'2026-12-07' → '7. desember 2026' (nb/nn) or '7 December 2026' (en)."""
    d = date.fromisoformat(iso[:10])
    month = locale.t("letter.months", lang).split(",")[d.month - 1].strip()
    return locale.t("letter.date_format", lang, day=d.day, month=month, year=d.year)


@dataclass(frozen=True)
class Block:
    style: BlockStyle
    text: str = ""


def template_path(study_root: Path, lang: str) -> Path:
    return study_root / TEMPLATE_FOLDER / f"letters.{lang}.toml"


class LetterText:
    """Catalogue text for letters in one language, with the study's own wording first."""

    def __init__(self, lang: str, overrides: dict[str, str] | None = None,
                 source: Path | None = None) -> None:
        self.lang = lang
        self.overrides = dict(overrides or {})
        self.source = source

    def __call__(self, key: str, **fields: Any) -> str:
        own = self.overrides.get(key)
        if own is None:
            return locale.t(key, self.lang, **fields).strip()
        try:
            return own.format(**fields).strip()
        except (KeyError, IndexError, ValueError) as exc:
            section, _, name = key.rpartition(".")
            raise FeltarbeidError(
                locale.t("letter.template_bad_field", key=name, section=section,
                         error=str(exc)),
                where=str(self.source),
                hint=locale.t("letter.template_fields_hint",
                              fields=", ".join("{" + f + "}" for f in sorted(fields))),
            ) from None


def load_text(study_root: Path, lang: str) -> LetterText:
    """The letter text of a study in ``lang``: the catalogue, with the keys of
    ``templates/letters.<lang>.toml`` (if the file exists) in place of the catalogue's."""
    path = template_path(study_root, lang)
    if not path.is_file():
        return LetterText(lang)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FeltarbeidError(locale.t("letter.template_not_toml", error=str(exc)),
                              where=str(path), hint=locale.t("letter.template_not_toml_hint"),
                              ) from None
    flat: dict[str, Any] = {}
    _flatten("", raw, flat)
    known = locale.catalogue(lang)
    overrides: dict[str, str] = {}
    for key, value in flat.items():
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
            raise FeltarbeidError(
                locale.t("letter.template_unknown_key", key=key), where=str(path),
                hint=locale.t("letter.template_did_you_mean", key=close[0]) if close
                else locale.t("letter.template_unknown_hint"))
        if not isinstance(value, str):
            raise FeltarbeidError(locale.t("letter.template_not_text", key=key),
                                  where=str(path), hint=locale.t("letter.template_not_toml_hint"))
        try:
            list(string.Formatter().parse(value))
        except ValueError as exc:
            raise FeltarbeidError(locale.t("letter.template_bad_braces", key=key,
                                           error=str(exc)), where=str(path),
                                  hint=locale.t("letter.template_braces_hint",
                                                braces="{{ }}")) from None
        overrides[key] = value
    return LetterText(lang, overrides, path)


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, Any]) -> None:
    for k, v in table.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            _flatten(key, v, out)
        else:
            out[key] = v


def write_template(study_root: Path, lang: str, keys: list[str], *,
                   force: bool = False) -> Path:
    """Write ``templates/letters.<lang>.toml`` with the current wording of ``keys`` (the
    study's own where it has one, else the catalogue's), to edit. Refuses to overwrite an
    existing file unless ``force``; a forced rewrite keeps the study's own wording and any
    other keys already in it."""
    path = template_path(study_root, lang)
    current = load_text(study_root, lang)
    if path.exists() and not force:
        raise FeltarbeidError(locale.t("letter.template_exists"), where=str(path),
                              hint=locale.t("letter.template_exists_hint"))
    wanted = list(dict.fromkeys([*keys, *current.overrides]))
    tables: dict[str, list[tuple[str, str]]] = {}
    for key in wanted:
        section, _, name = key.rpartition(".")
        text = current.overrides.get(key)
        if text is None:
            text = locale.t(key, lang)
        tables.setdefault(section, []).append((name, text))
    lines = [f"# {line}".rstrip() for line in
             locale.t("letter.template_header", lang).strip().splitlines()]
    for section, entries in tables.items():
        lines += ["", f"[{section}]"]
        lines += [f"{name} = {_toml_string(text)}" for name, text in entries]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, "\n".join(lines) + "\n")
    return path


def _toml_string(text: str) -> str:
    text = text.strip()
    if "\n" not in text:
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""\n{body}"""'


# ------------------------------------------------------------------------------ render


def to_text(blocks: list[Block]) -> str:
    """Plain text: blocks separated by a blank line, a heading directly above its body."""
    out: list[str] = []
    previous: Block | None = None
    for b in blocks:
        text = "—" * 40 if b.style == "rule" else b.text.strip()
        if not text:
            continue
        if out:
            out.append("\n" if previous is not None and previous.style == "heading"
                       else "\n\n")
        out.append(text)
        previous = b
    return "".join(out) + "\n"


def write_docx(blocks: list[Block], path: Path) -> Path:
    """The letter as a Word document (title and headings bold, a page break before a
    rule: the consent form goes on a page of its own). Written atomically."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    for b in blocks:
        if b.style == "rule":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        text = b.text.strip()
        if not text:
            continue
        if b.style == "title":
            doc.add_heading(text, level=1)
        elif b.style == "heading":
            doc.add_heading(text, level=2)
        elif b.style == "subject":
            doc.add_paragraph().add_run(text).italic = True
        else:
            for part in text.split("\n\n"):
                para = doc.add_paragraph()
                lines = part.split("\n")
                for n, line in enumerate(lines):
                    run = para.add_run(line)
                    if n < len(lines) - 1:
                        run.add_break()
    tmp = path.with_name(f".{path.name}.part")
    doc.save(str(tmp))
    tmp.replace(path)
    return path
