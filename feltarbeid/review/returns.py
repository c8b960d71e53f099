"""Read what informants send back and match it to its packet.

Accepted inputs:

- the answer file the HTML page saves (``svar-<packet>.html``; see ``render_html``);
- the same answer as JSON (the wrapper ``{"format", "body", "check"}`` or the body alone);
- the packet's DOCX, edited in Word/LibreOffice (tracked changes count as accepted, Word
  comments become passage comments).

Every problem is a distinct ``AnswerError`` subclass with a clear message; nothing in the
study changes when one is raised.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..anonymise.keyfile import same_record, seal_record
from ..errors import FeltarbeidError
from ..study import Study
from .packets import ANSWER_FORMAT, DOCX_FORMAT, Packet, current_passages, load_packet
from .packets import content_hash as passages_hash
from .render_docx import ADDITIONS_MARK

MAX_BYTES = 20 * 1024 * 1024
_ANSWER_RE = re.compile(
    r'<script[^>]*id="feltarbeid-answer"[^>]*>(?P<json>.*?)</script>', re.S | re.I)
_PASSAGE_RE = re.compile(r"^\s*\[(\d+)\]\s*(?:\(([\d:]+)\)\s*)?([^:\n]{0,80}):\s?(.*)$", re.S)


class AnswerError(FeltarbeidError):
    kind = "answer"


class DamagedAnswer(AnswerError):
    kind = "damaged"


class NotAnAnswer(AnswerError):
    kind = "not_an_answer"


class PacketNotAnswer(AnswerError):
    kind = "packet_not_answer"


class ForeignStudy(AnswerError):
    kind = "foreign_study"


class OutdatedPacket(AnswerError):
    kind = "outdated"


class AlreadyAnswered(AnswerError):
    kind = "already_answered"


class WithdrawnInformant(AnswerError):
    kind = "withdrawn"


@dataclass
class AnswerPassage:
    n: int
    action: str = ""  # "", "confirm" or "correct"
    text: str | None = None  # the corrected wording when action == "correct"
    comment: str = ""


@dataclass
class Answer:
    source: str  # html | json | docx
    packet_id: str
    study_id: str | None  # None: a DOCX whose properties were lost (matched by packet id)
    version_hash: str | None
    passages: list[AnswerPassage] = field(default_factory=list)
    additions: list[tuple[int | None, str]] = field(default_factory=list)
    withdraw: bool = False
    saved_at: str = ""
    general_comments: list[str] = field(default_factory=list)
    # DOCX only, before matching: paragraphs by passage number, notes, additions text
    docx_found: dict[int, str] = field(default_factory=dict, repr=False)
    docx_notes: dict[int, list[str]] = field(default_factory=dict, repr=False)
    docx_additions: str = field(default="", repr=False)

    def canonical(self) -> dict[str, Any]:
        """What is stored, and compared to tell 'the same answer again' from a second one."""
        return {
            "source": self.source, "packet_id": self.packet_id,
            "passages": [{"n": p.n, "action": p.action, "text": p.text, "comment": p.comment}
                         for p in sorted(self.passages, key=lambda p: p.n)],
            "additions": [[a, t] for a, t in self.additions],
            "general_comments": self.general_comments, "withdraw": self.withdraw,
        }


# --------------------------------------------------------------------------- reading


def fnv1a_utf16(text: str) -> str:
    """FNV-1a 32-bit over UTF-16 code units, as the packet page computes it."""
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return f"{h:08x}"


def read_answer(path: Path) -> Answer:
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise NotAnAnswer(f"too large for an answer ({size} bytes)", where=where,
                              hint="an answer file is a few kilobytes; check the file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise FeltarbeidError("file not found", where=where,
                              hint="give the path of the answer file the informant sent") from None
    except IsADirectoryError:
        raise FeltarbeidError("is a folder, not a file", where=where,
                              hint="give the answer file itself (svar-….html or .docx)",
                              ) from None
    if not data.strip():
        raise DamagedAnswer("the file is empty", where=where,
                            hint="ask the informant to save the answer again and resend it")
    if data[:4] == b"PK\x03\x04":
        return _read_docx(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAnAnswer("not a review answer (neither text nor a Word document)",
                          where=where, hint="import the answer file or the edited DOCX") from None
    if 'id="feltarbeid-answer"' in text:
        m = _ANSWER_RE.search(text)
        if not m:
            raise DamagedAnswer("the answer file is cut off or damaged", where=where,
                                hint="ask the informant to save the answer again and resend it")
        return _from_wrapper(m.group("json"), "html", where)
    if 'id="feltarbeid-packet"' in text or "feltarbeid-review-packet" in text:
        raise PacketNotAnswer(
            "this is the review packet itself, not an answer", where=where,
            hint="the informant should open it, answer, press 'Save my answer' and send "
                 "the file that saves")
    if text.lstrip().startswith("{"):
        return _from_wrapper(text, "json", where)
    raise NotAnAnswer("not a feltarbeid review answer", where=where,
                      hint="import the answer file (svar-….html) or the edited packet DOCX")


def _from_wrapper(raw: str, source: str, where: str) -> Answer:
    try:
        outer = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DamagedAnswer(f"the answer data is damaged ({exc.msg})", where=where,
                            hint="ask the informant to save the answer again and resend it"
                            ) from None
    if not isinstance(outer, dict):
        raise NotAnAnswer("not a feltarbeid review answer", where=where)
    if "body" in outer:
        body_text = outer.get("body")
        if not isinstance(body_text, str) or outer.get("check") != fnv1a_utf16(body_text):
            raise DamagedAnswer("the answer was changed or damaged after it was saved "
                                "(check sum does not match)", where=where,
                                hint="ask the informant to save the answer again and resend it")
        try:
            body = json.loads(body_text)
        except json.JSONDecodeError:
            raise DamagedAnswer("the answer data is damaged", where=where) from None
    else:
        body = outer
    if not isinstance(body, dict) or body.get("format") != ANSWER_FORMAT:
        raise NotAnAnswer("not a feltarbeid review answer", where=where,
                          hint="import the answer file (svar-….html) or the edited DOCX")
    return _validate_body(body, source, where)


def _validate_body(body: dict[str, Any], source: str, where: str) -> Answer:
    def bad(what: str) -> DamagedAnswer:
        return DamagedAnswer(f"the answer is incomplete or damaged: {what}", where=where,
                             hint="ask the informant to save the answer again and resend it")

    for key in ("packet_id", "study_id", "version_hash"):
        if not isinstance(body.get(key), str) or not body[key]:
            raise bad(f"'{key}' missing")
    items = body.get("passages", [])
    if not isinstance(items, list):
        raise bad("'passages' is not a list")
    passages: list[AnswerPassage] = []
    seen: set[int] = set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("n"), int):
            raise bad("a passage without a number")
        action = item.get("action", "")
        if action not in ("", "confirm", "correct"):
            raise bad(f"passage {item['n']}: unknown choice {action!r}")
        text = item.get("text")
        comment = item.get("comment", "")
        if (text is not None and not isinstance(text, str)) or not isinstance(comment, str):
            raise bad(f"passage {item['n']}: text is not text")
        if action == "correct" and text is None:
            raise bad(f"passage {item['n']}: correction without text")
        if item["n"] in seen:
            raise bad(f"passage {item['n']} twice")
        seen.add(item["n"])
        passages.append(AnswerPassage(n=item["n"], action=action, text=text,
                                      comment=comment.strip()))
    additions_raw = body.get("additions", "")
    if not isinstance(additions_raw, str):
        raise bad("'additions' is not text")
    additions = [(None, additions_raw.strip())] if additions_raw.strip() else []
    return Answer(source=source, packet_id=body["packet_id"], study_id=body["study_id"],
                  version_hash=body["version_hash"], passages=passages, additions=additions,
                  withdraw=bool(body.get("withdraw", False)),
                  saved_at=str(body.get("saved_at", "")))


# --------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraph_text(p_element: Any) -> str:
    """Paragraph text with tracked changes accepted: inserted runs count, deleted
    (``w:delText``, ``w:moveFrom``) do not."""
    parts: list[str] = []
    for el in p_element.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        if any(a.tag in (f"{_W}del", f"{_W}moveFrom") for a in el.iterancestors()):
            continue
        parts.append(el.text or "" if el.tag == f"{_W}t" else " ")
    return "".join(parts)


def _comment_ids(p_element: Any) -> list[str]:
    return [el.get(f"{_W}id") for el in p_element.iter(f"{_W}commentReference")]


def _read_docx(path: Path) -> Answer:
    from docx import Document

    where = str(path)
    try:
        doc = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DamagedAnswer(f"the Word document is damaged ({exc})", where=where,
                            hint="ask the informant to save it again and resend it") from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad packages
        if type(exc).__name__ == "PackageNotFoundError":
            raise DamagedAnswer("the Word document is damaged", where=where) from None
        raise NotAnAnswer(f"not a Word document this tool can read ({type(exc).__name__})",
                          where=where) from None
    props = doc.core_properties
    meta: dict[str, Any] = {}
    try:
        loaded = json.loads(props.comments or "{}")
        meta = loaded if isinstance(loaded, dict) else {}
    except json.JSONDecodeError:
        meta = {}
    paragraphs = [(paragraph_text(p._p), _comment_ids(p._p)) for p in doc.paragraphs]
    packet_id = meta.get("packet_id") or (props.identifier or "").strip()
    if not packet_id:
        for text, _ in paragraphs:
            m = re.search(r"\b([A-Za-z0-9_.]+-T\d+-[0-9a-f]{6})\b", text)
            if m:
                packet_id = m.group(1)
                break
    if not packet_id:
        raise NotAnAnswer("this Word document is not a feltarbeid review packet", where=where,
                          hint="import the DOCX that came with the packet, edited")
    if meta and meta.get("format") not in (None, DOCX_FORMAT):
        raise NotAnAnswer("this Word document is not a feltarbeid review packet", where=where)
    comments: dict[str, str] = {}
    try:
        comments = {str(c.comment_id): c.text.strip() for c in doc.comments}
    except Exception:  # noqa: BLE001 - documents without a comments part
        comments = {}
    found, notes, additions = _docx_content(paragraphs, comments)
    return Answer(source="docx", packet_id=packet_id, study_id=meta.get("study_id"),
                  version_hash=meta.get("version_hash"),
                  saved_at=str(props.modified.isoformat() if props.modified else ""),
                  docx_found=found, docx_notes=notes, docx_additions=additions)


def _docx_content(paragraphs: list[tuple[str, list[str]]],
                  comments: dict[str, str]) -> tuple[dict[int, str], dict[int, list[str]], str]:
    """Split DOCX paragraphs into passages (by their ``[n]`` prefix), comments (paragraphs
    below a passage, and Word comments) and additions (below the ``[+]`` heading). The
    passages' texts are compared with the packet later (``docx_to_answer``)."""
    found: dict[int, str] = {}
    notes: dict[int, list[str]] = {}
    additions: list[str] = []
    current: int | None = None
    in_additions = False
    for text, ids in paragraphs:
        stripped = text.strip()
        if stripped.startswith(ADDITIONS_MARK):
            in_additions = True
            continue
        if in_additions:
            if stripped:
                additions.append(stripped)
            continue
        m = _PASSAGE_RE.match(text)
        if m:
            current = int(m.group(1))
            found[current] = m.group(4)
            for cid in ids:
                if comments.get(cid):
                    notes.setdefault(current, []).append(comments[cid])
            continue
        if current is not None and stripped:
            notes.setdefault(current, []).append(stripped)
    return found, notes, "\n\n".join(additions)


def norm(text: str) -> str:
    return " ".join(text.split())


def docx_to_answer(answer: Answer, packet: Packet) -> Answer:
    """Turn the DOCX paragraphs into passage answers by comparing with the packet."""
    found, notes = answer.docx_found, answer.docx_notes
    passages: list[AnswerPassage] = []
    general: list[str] = []
    for p in packet.passages:
        comment = "\n".join(notes.get(p.number, []))
        if not p.reviewable:
            if comment:
                general.append(comment)
            continue
        new = found.get(p.number)
        changed = new is not None and norm(new) != norm(p.text)
        if changed or comment:
            passages.append(AnswerPassage(
                n=p.number, action="correct" if changed else "",
                text=new.strip() if changed and new is not None else None, comment=comment))
    missing = [p.number for p in packet.reviewable if p.number not in found]
    if missing:
        general.append(f"(DOCX: passages {', '.join(map(str, missing))} were not found;"
                       " treated as unchanged)")
    extra = [n for n in found if packet.passage(n) is None]
    for n in extra:
        general.append(f"[{n}] {found[n]}")
    answer.passages = passages
    answer.general_comments = general
    add = answer.docx_additions
    answer.additions = [(None, add)] if add else []
    answer.version_hash = answer.version_hash or packet.version_hash
    return answer


# --------------------------------------------------------------------------- matching


def match_answer(study: Study, answer: Answer, *,
                 where: str = "") -> tuple[Packet, dict[str, Any], Answer]:
    """Find the packet an answer belongs to and check it can be taken in. Raises a
    distinct ``AnswerError`` for a foreign, outdated or twice-answered packet."""
    if answer.study_id is not None and answer.study_id != study.study_id:
        raise ForeignStudy("this answer belongs to another study", where=where or None,
                           hint="import it in the study that made the packet")
    from ..store import review as review_store

    rnd = review_store.get_round(study.store, answer.packet_id)
    if rnd is None:
        if answer.study_id is None:
            raise ForeignStudy(f"packet {answer.packet_id} is not from this study",
                               where=where or None,
                               hint="import it in the study that made the packet")
        raise NotAnAnswer(f"packet {answer.packet_id} is not known in this study",
                          where=where or None,
                          hint="was the database restored from an older backup? "
                               "see 'feltarbeid review status'")
    packet, rnd = load_packet(study, answer.packet_id)
    if answer.source == "docx":
        answer = docx_to_answer(answer, packet)
    if answer.version_hash != rnd["version_hash"]:
        raise DamagedAnswer("the answer does not match the packet's text version",
                            where=where or None,
                            hint="ask the informant to answer the packet they were sent")
    status = rnd["status"]
    if status == "outdated":
        raise OutdatedPacket(
            f"packet {packet.packet_id} is outdated: a newer packet replaced it",
            where=where or None,
            hint="nothing was changed; send the informant the newest packet "
                 "(see 'feltarbeid review status') or copy their comments by hand")
    if status == "withdrawn":
        raise WithdrawnInformant(
            f"informant {packet.informant} has withdrawn; the answer is not taken in",
            where=where or None, hint="nothing was changed")
    if status == "verified":
        how = rnd.get("closed_how") or ""
        raise AlreadyAnswered(
            f"packet {packet.packet_id} was already closed ({how}) on {rnd['closed_at'][:10]}",
            where=where or None,
            hint="nothing was changed; to take in late corrections make a new packet with "
                 "'feltarbeid review make --informant " + packet.informant + " --again'")
    if status == "answered" and rnd["answer"] is not None and not same_record(
            rnd["answer"], answer.canonical()):
        raise AlreadyAnswered(
            f"packet {packet.packet_id} was answered before (on {rnd['answered_at'][:10]}) "
            "with a different answer", where=where or None,
            hint="nothing was changed; finish the first answer with 'feltarbeid review import' "
                 "of that file, or make a new packet with --again")
    # the text the packet showed must still be the text in the study
    tr = review_store.informant_transcripts(study.store, packet.informant)
    session_informants = next((t["informants"] for t in tr
                               if t["transcript_id"] == packet.transcript_id), [])
    _, now_passages = current_passages(study, packet.transcript_id, packet.informant,
                                       packet.text_version, session_informants)
    if passages_hash(now_passages) != packet.content_hash:
        raise OutdatedPacket(
            f"packet {packet.packet_id} is outdated: the transcript text changed after it "
            "was made", where=where or None,
            hint="nothing was changed; make a new packet with 'feltarbeid review make "
                 f"--informant {packet.informant} --again'")
    return packet, rnd, answer


def take_in(study: Study, path: Path) -> tuple[Packet, dict[str, Any], Answer]:
    """Read an answer file, match it to its packet, and record the answer (status
    'answered'; the researcher's decisions come next). A bad file raises before anything
    is written. The same answer imported again resumes where the researcher left off."""
    from ..store import review as review_store
    from .status import apply_withdrawals

    apply_withdrawals(study)
    answer = _read_kept_or_new(study, Path(path))
    if answer.source == "docx":
        _refuse_unchanged_docx(study, Path(path), answer.packet_id)
    packet, rnd, answer = match_answer(study, answer, where=str(path))
    if rnd["status"] != "answered":
        _keep_copy(study, Path(path), packet.informant)
        review_store.record_answer(study.store, packet.packet_id,
                                   seal_record(study, answer.canonical()))
        study.store.audit("review.answer_received", packet.packet_id,
                          {"source": answer.source, "late": rnd["status"] == "no_answer"})
        rnd = review_store.get_round(study.store, packet.packet_id) or rnd
    return packet, rnd, answer


def _refuse_unchanged_docx(study: Study, path: Path, packet_id: str) -> None:
    """The packet's own DOCX, byte for byte (e.g. imported from packets/ by mistake, or
    forwarded back untouched), is not an answer: it would verify a transcript nobody read."""
    import hashlib

    informant = packet_id.split("-T", 1)[0]
    sent = study.packets_dir / informant / f"{packet_id}.docx"
    if sent.is_file() and hashlib.sha256(sent.read_bytes()).digest() == hashlib.sha256(
            path.read_bytes()).digest():
        raise PacketNotAnswer(
            "this Word file is the packet exactly as it was sent, not an answer",
            where=str(path),
            hint="import the file the informant sent back; an untouched file is no answer")


def _keep_copy(study: Study, path: Path, informant: str) -> Path:
    """Keep what came back under returns/<informant>/ (never overwritten; owner-only
    whatever the file's own permissions), sealed to the linking key as ``<name>.age`` when
    the study has one: the raw answer holds the informant's own spelling of names."""
    from ..anonymise.keyfile import seal
    from ..files import copy_private, write_atomic

    folder = study.returns_dir / informant
    if path.resolve().parent == folder.resolve():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    sealed = seal(study, path.read_bytes(), open_if_needed=True)
    suffix = path.suffix + (".age" if sealed is not None else "")
    target = folder / f"{path.stem}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{n}{suffix}"
    if sealed is None:
        copy_private(path, target)
    else:
        write_atomic(target, sealed)
    return target


def _read_kept_or_new(study: Study, path: Path) -> Answer:
    """``read_answer``, also for a copy kept sealed under returns/ (opened with the key)."""
    import tempfile

    from ..anonymise.keyfile import AGE_HEADER, unseal

    try:
        sealed = path.is_file() and path.open("rb").read(len(AGE_HEADER)) == AGE_HEADER
    except OSError:
        sealed = False
    if not sealed:
        return read_answer(path)
    plain = unseal(study, path.read_bytes())
    with tempfile.TemporaryDirectory(prefix="feltarbeid-") as tmp:
        inner = Path(tmp) / path.name.removesuffix(".age")
        inner.write_bytes(plain)
        return read_answer(inner)
