"""The text of a document file as paragraphs: PDF (pypdf, its layout mode), DOCX
(python-docx: paragraphs and table rows in the order of the document), TXT (the encoding
found from its bytes: a BOM, else UTF-8, else Windows-1252, else Latin-1).

A paragraph is one line of the exported text: whitespace runs become one space, lines of a
paragraph are joined (a word broken over two lines with a hyphen is joined again), a list
item is a paragraph of its own, control characters are dropped and the text is in Unicode
NFC (PDFs may spell 'ø' as two code points). Nothing here knows about the study.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import locale
from ..domain import DOCUMENT_FORMATS, Paragraph
from ..errors import FeltarbeidError

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff]")
_BULLET = re.compile(r"^\s*(?:[•▪◦●○■–\-*]\s+|\d{1,2}[.)]\s+|[a-zæøå][.)]\s+)")
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class NoText(FeltarbeidError):
    """The file holds no text this tool can read (a scanned PDF, an empty file)."""


@dataclass(frozen=True)
class Extracted:
    paragraphs: list[Paragraph]
    encoding: str = ""  # TXT only: the encoding that was used
    pages: int | None = None  # PDF only


def detect_format(path: Path) -> str:
    """pdf, docx or txt: the file's suffix, checked against its first bytes."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in DOCUMENT_FORMATS:
        raise FeltarbeidError(locale.t("documents.bad_format", suffix=path.suffix or "—"),
                              where=str(path), hint=locale.t("documents.bad_format_hint"))
    with open(path, "rb") as fh:
        head = fh.read(8)
    if suffix == "pdf" and not head.startswith(b"%PDF"):
        raise FeltarbeidError(locale.t("documents.not_really", format="PDF"), where=str(path),
                              hint=locale.t("documents.bad_format_hint"))
    if suffix == "docx" and not head.startswith(b"PK"):
        raise FeltarbeidError(locale.t("documents.not_really", format="DOCX"),
                              where=str(path), hint=locale.t("documents.bad_format_hint"))
    return suffix


def extract(path: Path, fmt: str) -> Extracted:
    """The paragraphs of ``path`` (a ``fmt`` file). Raises ``NoText`` when there are none,
    ``FeltarbeidError`` when the file cannot be read."""
    where = str(path)
    try:
        if fmt == "pdf":
            out = _pdf(path)
        elif fmt == "docx":
            out = Extracted(_numbered((t, None) for t in _docx_blocks(path)))
        elif fmt == "txt":
            text, encoding = decode_text(path.read_bytes())
            out = Extracted(_numbered((p, None) for p in split_paragraphs(text)), encoding)
        else:
            raise ValueError(fmt)
    except FeltarbeidError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf/python-docx raise many kinds
        raise FeltarbeidError(locale.t("documents.unreadable", error=type(exc).__name__),
                              where=where, hint=locale.t("documents.unreadable_hint")) from None
    if not out.paragraphs:
        raise NoText(locale.t("documents.no_text"), where=where,
                     hint=locale.t("documents.no_text_hint"))
    return out


# ------------------------------------------------------------------------------ text


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM decides; else UTF-8 if the bytes are valid UTF-8; else
    Windows-1252 (Norwegian Word and Notepad files) if every byte is defined there; else
    Latin-1 (which reads anything)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        try:
            return data.decode("utf-16-le"), "utf-16-le"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not any(b in _CP1252_UNDEFINED for b in data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


def clean(text: str) -> str:
    """One paragraph's text: NFC, no control characters, whitespace runs as one space."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(_CONTROL.sub("", text).split())


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one line: 'samar-' + 'beid' → 'samarbeid'; 'NAV-' +
    'kontoret' → 'NAV-kontoret'; otherwise a space between."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out.endswith("-") and len(out) >= 2 and out[-2].isalpha():
            if out[-2].islower() and line[:1].islower():
                out = out[:-1] + line
            else:
                out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank lines separate them, and a list item (•, -, 1.,
    a)) starts a new one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current: list[str] = []
        for line in block.split("\n"):
            if _BULLET.match(line) and current:
                out.append(join_lines(current))
                current = []
            current.append(line)
        if current:
            out.append(join_lines(current))
    return [c for p in out if (c := clean(p))]


def _numbered(items: Iterable[tuple[str, int | None]]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for text, page in items:
        text = clean(text)
        if text:
            out.append(Paragraph(len(out), text, page))
    return out


# ------------------------------------------------------------------------------ formats


def _pdf(path: Path) -> Extracted:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception:  # noqa: BLE001
            raise FeltarbeidError(locale.t("documents.encrypted"), where=str(path),
                                  hint=locale.t("documents.encrypted_hint")) from None
    items: list[tuple[str, int]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text(extraction_mode="layout")
        except Exception:  # noqa: BLE001 - fall back to the plain mode
            text = page.extract_text() or ""
        items.extend((p, number) for p in split_paragraphs(text or ""))
    return Extracted(_numbered(items), pages=len(reader.pages))


def _docx_blocks(path: Path) -> list[str]:
    """Paragraphs and table rows (cells joined with ' | ') in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    document = docx.Document(str(path))
    out: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxParagraph):
            out.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                seen: list[str] = []
                for cell in row.cells:  # merged cells repeat: once each
                    text = clean(cell.text)
                    if text and (not seen or seen[-1] != text):
                        seen.append(text)
                out.append(" | ".join(seen))
    return out
