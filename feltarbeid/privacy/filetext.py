"""The text inside an exported file, for the leak check before the key is deleted.

What is checked is what a reader of the file sees, format by format, never the markup
around it (a font name in a .docx's styles, a GUID or a colour in a .qdpx is not text and
must not stop a purge as a "leak"):

- ``.docx``: the paragraphs and tables of the body, headers, footers, footnotes, endnotes
  and comments (the runs of one paragraph joined, so a name split over runs is one name),
  and the document's properties (title, subject, author, keywords, description);
- ``.xlsx``: every cell value of every sheet, the sheet names and the properties;
- ``.qdpx`` (REFI-QDA project) and ``.qdc`` (codebook): in ``project.qde`` / the codebook,
  the text of every element (descriptions, notes, variable values, …) and every ``name``
  attribute (cases, codes, sources, variables, users); in a project, the text sources too
  (a recording in it, ``export --with-audio``, is sound, not text: the privacy report
  warns about the voice in it);
- ``.parquet``: every cell; ``.json``: every string (hashes, GUIDs and times left out);
- plain text formats (``.txt``, ``.csv``, ``.md`` …): the text.

Anything else, or a file that is not what its name says, returns None ("could not be
checked"), and the purge certificate lists it.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

AUDIO_SUFFIXES = {".m4a", ".mp3", ".wav", ".mp4", ".aac", ".ogg", ".flac"}
TEXT_SUFFIXES = {".txt", ".csv", ".tsv", ".md", ".html", ".htm", ".yaml", ".yml", ".rtf",
                 ".jsonl"}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOCX_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)"
                         r"\.xml$")
_PROPERTY_PARTS = ("docProps/core.xml", "docProps/app.xml")
_APP_TEXT = {"Company", "Manager", "HyperlinkBase"}  # app.xml: the free-text fields
# strings in a JSON file that are identifiers, not text
_NOT_TEXT = re.compile(
    r"^(?:[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)$", re.I)


class _Unreadable(Exception):
    """The file is not what its name says."""


def extract_text(path: Path) -> str | None:
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            return path.read_text(encoding="utf-8", errors="replace")
        if suffix == ".json":
            return _json_text(path.read_bytes())
        if suffix == ".docx":
            return _docx_text(path)
        if suffix == ".xlsx":
            return _xlsx_text(path)
        if suffix == ".qdpx":
            return _qdpx_text(path)
        if suffix in (".qdc", ".qde", ".xml"):
            return _qde_text(path.read_bytes())
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            names = "\t".join(table.column_names)
            return names + "\n" + "\n".join(
                "\t".join("" if v is None else str(v) for v in row.values())
                for row in table.to_pylist())
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, _Unreadable,
            etree.XMLSyntaxError):
        return None
    except Exception as exc:  # noqa: BLE001 - pyarrow raises its own kinds on bad files
        if type(exc).__module__.startswith("pyarrow"):
            return None
        raise
    return None


# --------------------------------------------------------------------------- helpers


def _parse(data: bytes) -> Any:
    root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False,
                                                         huge_tree=True, no_network=True))
    if root is None:
        raise _Unreadable
    return root


def _members(z: zipfile.ZipFile, pattern: re.Pattern[str] | None = None,
             names: tuple[str, ...] = ()) -> Iterator[tuple[str, bytes]]:
    for info in z.infolist():
        if info.is_dir():
            continue
        if (pattern is not None and pattern.match(info.filename)) or info.filename in names:
            yield info.filename, z.read(info)


def _properties(z: zipfile.ZipFile) -> list[str]:
    """Document properties: every element text of core.xml, the free-text ones of app.xml."""
    out: list[str] = []
    for name, data in _members(z, names=_PROPERTY_PARTS):
        root = _parse(data)
        for el in root.iter():
            if not isinstance(el.tag, str) or not el.text or not el.text.strip():
                continue
            if name.endswith("app.xml") and etree.QName(el).localname not in _APP_TEXT:
                continue
            out.append(el.text.strip())
    return out


# --------------------------------------------------------------------------- formats


def _docx_text(path: Path) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(path) as z:
        if "word/document.xml" not in z.namelist():
            raise _Unreadable
        for _, data in _members(z, _DOCX_PARTS):
            root = _parse(data)
            for p in root.iter(f"{{{_W}}}p"):
                runs = []
                for el in p.iter(f"{{{_W}}}t", f"{{{_W}}}delText", f"{{{_W}}}instrText",
                                 f"{{{_W}}}tab", f"{{{_W}}}br"):
                    local = etree.QName(el).localname
                    runs.append(el.text or "" if local.endswith("Text") or local == "t"
                                else " ")
                parts.append("".join(runs))
        parts.extend(_properties(z))
    return "\n".join(parts)


def _xlsx_text(path: Path) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if "xl/workbook.xml" not in names:
            raise _Unreadable
        workbook = _parse(z.read("xl/workbook.xml"))
        parts.extend(s.get("name", "") for s in workbook.iter(f"{{{_S}}}sheet"))
        if "xl/sharedStrings.xml" in names:
            for si in _parse(z.read("xl/sharedStrings.xml")).iter(f"{{{_S}}}si"):
                parts.append("".join(t.text or "" for t in si.iter(f"{{{_S}}}t")))
        for name in sorted(n for n in names if re.match(r"^xl/worksheets/[^/]+\.xml$", n)):
            for c in _parse(z.read(name)).iter(f"{{{_S}}}c"):
                if c.get("t") == "s":
                    continue  # an index into the shared strings, read above
                inline = "".join(t.text or "" for t in c.iter(f"{{{_S}}}t"))
                value = c.find(f"{{{_S}}}v")
                parts.append(inline or (value.text or "" if value is not None else ""))
        parts.extend(_properties(z))
    return "\n".join(p for p in parts if p)


def _qde_text(data: bytes) -> str:
    """REFI-QDA XML (project.qde, .qdc): element text and ``name`` attributes."""
    root = _parse(data)
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = el.get("name")
        if name:
            out.append(name)
        if el.text and el.text.strip():
            out.append(el.text.strip())
    return "\n".join(out)


def _qdpx_text(path: Path) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if "project.qde" not in names:
            raise _Unreadable
        parts.append(_qde_text(z.read("project.qde")))
        for name in names:
            if name.lower().endswith(".txt"):
                parts.append(z.read(name).decode("utf-8", errors="replace"))
            elif Path(name).suffix.lower() in AUDIO_SUFFIXES:
                continue  # sound, not text (its transcript is a text source)
            elif name != "project.qde" and not name.endswith("/"):
                raise _Unreadable  # a source this check cannot read (PDF, picture …)
    return "\n".join(parts)


def _json_text(data: bytes) -> str:
    """Every string (and key) in a JSON document, except identifiers and times."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and value.strip() and not _NOT_TEXT.match(value.strip()):
            out.append(value)

    walk(json.loads(data.decode("utf-8")))
    return "\n".join(out)
