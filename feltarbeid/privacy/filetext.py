"""The text inside an exported file, for the leak check before the key is deleted.

Plain text formats are read as UTF-8; DOCX, XLSX and REFI-QDA (.qdpx, a zip of XML and
text sources) are opened as zip files and their XML text nodes and text members are
read; Parquet through pyarrow. Anything else returns None ("could not be checked"), and
the purge certificate lists it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

TEXT_SUFFIXES = {".txt", ".csv", ".tsv", ".md", ".json", ".jsonl", ".html", ".htm", ".xml",
                 ".qdc", ".yaml", ".yml", ".rtf"}
ZIP_SUFFIXES = {".docx", ".xlsx", ".qdpx", ".odt", ".ods", ".zip"}


def extract_text(path: Path) -> str | None:
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            return path.read_text(encoding="utf-8", errors="replace")
        if suffix in ZIP_SUFFIXES:
            return _zip_text(path)
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            return "\n".join(
                "\t".join("" if v is None else str(v) for v in row.values())
                for row in table.to_pylist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    return None


def _zip_text(path: Path) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if info.is_dir():
                continue
            name = info.filename.lower()
            data = z.read(info)
            if name.endswith((".xml", ".qde", ".rels")) or name.endswith(".qdc"):
                parts.append(_xml_text(data))
            elif name.endswith((".txt", ".csv", ".md", ".html", ".json")):
                parts.append(data.decode("utf-8", errors="replace"))
    return "\n".join(parts)


def _xml_text(data: bytes) -> str:
    """Text nodes and attribute values; in WordprocessingML the runs of one paragraph are
    joined without a space (a name can be split over runs), paragraphs by a newline."""
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, huge_tree=True))
    except etree.XMLSyntaxError:
        return data.decode("utf-8", errors="replace")
    if root is None:
        return ""
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        if local == "p":
            out.append("\n")
        if el.text and local != "p":
            out.append(el.text)
        for value in el.attrib.values():
            if any(c.isalpha() for c in value) and not value.startswith(("http", "{")):
                out.append(f" {value} ")
        if local in ("c", "row", "Code", "Case", "Variable", "TextSource", "Note"):
            out.append(" ")
    return "".join(out)
