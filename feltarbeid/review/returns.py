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

from .. import locale
from ..anonymise.keyfile import same_record, seal_record
from ..errors import FeltarbeidError
from ..locale import t
from ..study import Study
from .packet import ANSWER_FORMAT, DOCX_FORMAT, Packet
from .packets import content_hash as passages_hash
from .packets import current_passages, load_packet
from .render_docx import ADDITIONS_MARK

MAX_BYTES = 20 * 1024 * 1024
_ANSWER_RE = re.compile(
    r'<script[^>]*id="feltarbeid-answer"[^>]*>(?P<json>.*?)</script>', re.S | re.I)
# the beginning of a passage paragraph, "[12] (0:01:23) IP01:", anywhere in a paragraph
_HEADER_RE = re.compile(r"\[(\d+)\]\s*\((\d+:\d{2}(?::\d{2})?)\)\s*([^:\n\[\]]{1,80}?):")


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


class EditedStructure(DamagedAnswer):
    """A DOCX whose passages cannot be read back one to one (numbers changed, passages
    deleted, copied or moved below the additions)."""

    kind = "edited_structure"


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
    # DOCX only, read before matching (the packet says what to expect): paragraph texts
    # with their Word comment ids, and the comments
    docx_paragraphs: list[tuple[str, list[str]]] = field(default_factory=list, repr=False)
    docx_comments: dict[str, str] = field(default_factory=dict, repr=False)

    def canonical(self) -> dict[str, Any]:
        """What is stored, and compared to tell 'the same answer again' from a second one."""
        return {
            "source": self.source, "packet_id": self.packet_id,
            "passages": [{"n": p.n, "action": p.action, "text": p.text, "comment": p.comment}
                         for p in sorted(self.passages, key=lambda p: p.n)],
            "additions": [[a, x] for a, x in self.additions],
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


def _resend() -> str:
    return t("answers.hint_resend")


def read_answer(path: Path) -> Answer:
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise NotAnAnswer(t("answers.too_large", size=size), where=where,
                              hint=t("answers.too_large_hint"))
        data = path.read_bytes()
    except FileNotFoundError:
        raise FeltarbeidError(t("answers.not_found"), where=where,
                              hint=t("answers.not_found_hint")) from None
    except IsADirectoryError:
        raise FeltarbeidError(t("answers.is_folder"), where=where,
                              hint=t("answers.is_folder_hint")) from None
    if not data.strip():
        raise DamagedAnswer(t("answers.empty"), where=where, hint=_resend())
    if data[:4] == b"PK\x03\x04":
        return _read_docx(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAnAnswer(t("answers.not_text"), where=where,
                          hint=t("answers.not_text_hint")) from None
    if 'id="feltarbeid-answer"' in text:
        m = _ANSWER_RE.search(text)
        if not m:
            raise DamagedAnswer(t("answers.cut_off"), where=where, hint=_resend())
        return _from_wrapper(m.group("json"), "html", where)
    if 'id="feltarbeid-packet"' in text or "feltarbeid-review-packet" in text:
        raise PacketNotAnswer(t("answers.packet_not_answer"), where=where,
                              hint=t("answers.packet_not_answer_hint"))
    if text.lstrip().startswith("{"):
        return _from_wrapper(text, "json", where)
    raise NotAnAnswer(t("answers.not_answer"), where=where, hint=t("answers.not_answer_hint"))


def _from_wrapper(raw: str, source: str, where: str) -> Answer:
    try:
        outer = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DamagedAnswer(t("answers.data_damaged_detail", detail=exc.msg), where=where,
                            hint=_resend()) from None
    if not isinstance(outer, dict):
        raise NotAnAnswer(t("answers.not_answer"), where=where, hint=t("answers.not_answer_hint"))
    if "body" in outer:
        body_text = outer.get("body")
        if not isinstance(body_text, str) or outer.get("check") != fnv1a_utf16(body_text):
            raise DamagedAnswer(t("answers.check_sum"), where=where, hint=_resend())
        try:
            body = json.loads(body_text)
        except json.JSONDecodeError:
            raise DamagedAnswer(t("answers.data_damaged"), where=where, hint=_resend()) from None
    else:
        body = outer
    if not isinstance(body, dict) or body.get("format") != ANSWER_FORMAT:
        raise NotAnAnswer(t("answers.not_answer"), where=where, hint=t("answers.not_answer_hint"))
    return _validate_body(body, source, where)


def _validate_body(body: dict[str, Any], source: str, where: str) -> Answer:
    def bad(what: str) -> DamagedAnswer:
        return DamagedAnswer(t("answers.incomplete", what=what), where=where, hint=_resend())

    for key in ("packet_id", "study_id", "version_hash"):
        if not isinstance(body.get(key), str) or not body[key]:
            raise bad(t("answers.field_missing", key=key))
    items = body.get("passages", [])
    if not isinstance(items, list):
        raise bad(t("answers.passages_not_list"))
    passages: list[AnswerPassage] = []
    seen: set[int] = set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("n"), int):
            raise bad(t("answers.passage_no_number"))
        n = item["n"]
        action = item.get("action", "")
        if action not in ("", "confirm", "correct"):
            raise bad(t("answers.passage_bad_choice", n=n, choice=repr(action)))
        text = item.get("text")
        comment = item.get("comment", "")
        if (text is not None and not isinstance(text, str)) or not isinstance(comment, str):
            raise bad(t("answers.passage_not_text", n=n))
        if action == "correct" and text is None:
            raise bad(t("answers.passage_no_text", n=n))
        if n in seen:
            raise bad(t("answers.passage_twice", n=n))
        seen.add(n)
        passages.append(AnswerPassage(n=n, action=action, text=text, comment=comment.strip()))
    additions_raw = body.get("additions", "")
    if not isinstance(additions_raw, str):
        raise bad(t("answers.additions_not_text"))
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
        raise DamagedAnswer(t("answers.docx_damaged_detail", detail=type(exc).__name__),
                            where=where, hint=t("answers.docx_resend")) from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad packages
        if type(exc).__name__ == "PackageNotFoundError":
            raise DamagedAnswer(t("answers.docx_damaged"), where=where,
                                hint=t("answers.docx_resend")) from None
        raise NotAnAnswer(t("answers.docx_unreadable", detail=type(exc).__name__),
                          where=where, hint=t("answers.docx_not_packet_hint")) from None
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
    if not packet_id or (meta and meta.get("format") not in (None, DOCX_FORMAT)):
        raise NotAnAnswer(t("answers.docx_not_packet"), where=where,
                          hint=t("answers.docx_not_packet_hint"))
    comments: dict[str, str] = {}
    try:
        comments = {str(c.comment_id): c.text.strip() for c in doc.comments}
    except Exception:  # noqa: BLE001 - documents without a comments part
        comments = {}
    return Answer(source="docx", packet_id=packet_id, study_id=meta.get("study_id"),
                  version_hash=meta.get("version_hash"),
                  saved_at=str(props.modified.isoformat() if props.modified else ""),
                  docx_paragraphs=paragraphs, docx_comments=comments)


@dataclass
class DocxContent:
    """A packet DOCX read back, passage by passage (see ``parse_docx``)."""

    found: dict[int, str] = field(default_factory=dict)  # passage number -> text after ':'
    notes: dict[int, list[str]] = field(default_factory=dict)  # comments under a passage
    additions: list[str] = field(default_factory=list)
    problems: dict[str, set[int]] = field(default_factory=dict)  # kind -> passage numbers

    def problem(self, kind: str, number: int) -> None:
        self.problems.setdefault(kind, set()).add(number)


def _additions_on_heading(rest: str) -> str:
    """What an informant typed on the ``[+] Additions`` heading line itself, without the
    heading's own words (in any of the languages) and the punctuation after them."""
    rest = rest.strip()
    for lang in locale.LANGUAGES:
        label = locale.t("review.ui_additions_label", lang)
        if rest.casefold().startswith(label.casefold()):
            rest = rest[len(label):]
            break
    return rest.lstrip(" \t:;.,-–—").strip()


def parse_docx(paragraphs: list[tuple[str, list[str]]], comments: dict[str, str],
               packet: Packet) -> DocxContent:
    """Read the passages back by their ``[n] (time) speaker:`` beginnings, strictly.

    A paragraph holding several beginnings (the informant deleted a paragraph break) is
    split at each. A beginning that is not exactly one of the packet's (number, time and
    speaker), a passage missing or there twice, or a passage below the ``[+]`` heading is
    a problem: the answer is refused (``EditedStructure``), never taken in half. Text after
    the ``[+]`` mark — on the heading line or below it — is an addition; other paragraphs
    are comments on the passage above them (Word comments too)."""
    out = DocxContent()
    expected = {p.number: (p.clock, p.label) for p in packet.passages}
    current: int | None = None
    in_additions = False
    for text, ids in paragraphs:
        heads = list(_HEADER_RE.finditer(text))
        stripped = text.strip()
        if in_additions:
            for m in heads:
                out.problem("below_additions", int(m.group(1)))
            if stripped and not heads:
                out.additions.append(stripped)
            continue
        if stripped.startswith(ADDITIONS_MARK) and not heads:
            in_additions = True
            typed = _additions_on_heading(stripped[len(ADDITIONS_MARK):])
            if typed:
                out.additions.append(typed)
            continue
        notes = [comments[cid] for cid in ids if comments.get(cid)]
        lead = text[:heads[0].start()].strip() if heads else stripped
        if lead and current is not None:
            out.notes.setdefault(current, []).append(lead)
        target = int(heads[0].group(1)) if heads else current
        for i, m in enumerate(heads):
            n = int(m.group(1))
            body = text[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(text)]
            if n not in expected:
                out.problem("unknown", n)
            elif (m.group(2), m.group(3).strip()) != expected[n]:
                out.problem("header_changed", n)
            if n in out.found:
                out.problem("twice", n)
            out.found[n] = body.strip()
            current = n
        if notes and target is not None:
            out.notes.setdefault(target, []).extend(notes)
    for p in packet.reviewable:
        if p.number not in out.found:
            out.problem("missing", p.number)
    return out


def _structure_error(problems: dict[str, set[int]], where: str) -> EditedStructure:
    parts = []
    for kind in ("missing", "unknown", "twice", "header_changed", "below_additions"):
        if problems.get(kind):
            numbers = ", ".join(f"[{n}]" for n in sorted(problems[kind]))
            parts.append(t(f"answers.docx_{kind}", numbers=numbers))
    return EditedStructure(t("answers.docx_structure", problems="; ".join(parts)),
                           where=where or None, hint=t("answers.docx_structure_hint"))


def norm(text: str) -> str:
    return " ".join(text.split())


def docx_to_answer(answer: Answer, packet: Packet, *, where: str = "") -> Answer:
    """Turn the DOCX paragraphs into passage answers by comparing with the packet.
    Raises ``EditedStructure`` if the passages cannot be read back one to one.

    A passage whose text was emptied is a correction to nothing: ``changes_for`` turns it
    into a deletion the researcher must decide on its own."""
    content = parse_docx(answer.docx_paragraphs, answer.docx_comments, packet)
    if content.problems:
        raise _structure_error(content.problems, where)
    passages: list[AnswerPassage] = []
    general: list[str] = []
    left_out = {norm(locale.t("review.ui_left_out", lang)) for lang in locale.LANGUAGES}
    for p in packet.passages:
        comment = "\n".join(content.notes.get(p.number, []))
        new = content.found.get(p.number)
        if not p.reviewable:
            typed = [x for x in (new or "", comment) if x and norm(x) not in left_out]
            if typed:
                general.append(f"[{p.number}] " + "\n".join(typed))
            continue
        changed = new is not None and norm(new) != norm(p.text)
        if changed or comment:
            passages.append(AnswerPassage(
                n=p.number, action="correct" if changed else "",
                text=new.strip() if changed and new is not None else None, comment=comment))
    answer.passages = passages
    answer.general_comments = general
    add = "\n\n".join(content.additions)
    answer.additions = [(None, add)] if add else []
    answer.version_hash = answer.version_hash or packet.version_hash
    return answer


# --------------------------------------------------------------------------- matching


def closed_how_text(how: str) -> str:
    """A round's ``closed_how`` (stored in English) in the user's language."""
    keys = {"answer": "answer", "silence": "silence", "consent withdrawn": "consent_withdrawn",
            "informant asked to withdraw": "withdraw_request", "replaced": "replaced",
            "no answer by deadline": "no_answer"}
    return t(f"answers.how_{keys[how]}") if how in keys else how


def match_answer(study: Study, answer: Answer, *,
                 where: str = "") -> tuple[Packet, dict[str, Any], Answer]:
    """Find the packet an answer belongs to and check it can be taken in. Raises a
    distinct ``AnswerError`` for a foreign, outdated or twice-answered packet, and for a
    DOCX whose passages cannot be read back one to one."""
    at = where or None
    if answer.study_id is not None and answer.study_id != study.study_id:
        raise ForeignStudy(t("answers.foreign"), where=at, hint=t("answers.foreign_hint"))
    from ..store import review as review_store

    rnd = review_store.get_round(study.store, answer.packet_id)
    if rnd is None:
        if answer.study_id is None:
            raise ForeignStudy(t("answers.packet_foreign", packet=answer.packet_id), where=at,
                               hint=t("answers.foreign_hint"))
        raise NotAnAnswer(t("answers.packet_unknown", packet=answer.packet_id), where=at,
                          hint=t("answers.packet_unknown_hint"))
    packet, rnd = load_packet(study, answer.packet_id)
    if answer.source == "docx":
        answer = docx_to_answer(answer, packet, where=where)
    if answer.version_hash != rnd["version_hash"]:
        raise DamagedAnswer(t("answers.version_mismatch"), where=at,
                            hint=t("answers.version_mismatch_hint"))
    status = rnd["status"]
    pid, code = packet.packet_id, packet.informant
    if status == "outdated":
        raise OutdatedPacket(t("answers.outdated_replaced", packet=pid), where=at,
                             hint=t("answers.outdated_replaced_hint"))
    if status == "withdrawn":
        raise WithdrawnInformant(t("answers.withdrawn", code=code), where=at,
                                 hint=t("answers.hint_unchanged"))
    if status == "verified":
        raise AlreadyAnswered(
            t("answers.closed", packet=pid, how=closed_how_text(rnd.get("closed_how") or ""),
              date=(rnd["closed_at"] or "")[:10]),
            where=at, hint=t("answers.closed_hint", code=code))
    if status == "answered" and rnd["answer"] is not None and not same_record(
            rnd["answer"], answer.canonical()):
        raise AlreadyAnswered(
            t("answers.answered_before", packet=pid, date=(rnd["answered_at"] or "")[:10]),
            where=at, hint=t("answers.answered_before_hint"))
    # the text the packet showed must still be the text in the study
    tr = review_store.informant_transcripts(study.store, packet.informant)
    session_informants = next((x["informants"] for x in tr
                               if x["transcript_id"] == packet.transcript_id), [])
    _, now_passages = current_passages(study, packet.transcript_id, packet.informant,
                                       packet.text_version, session_informants)
    if passages_hash(now_passages) != packet.content_hash:
        raise OutdatedPacket(t("answers.outdated_text", packet=pid), where=at,
                             hint=t("answers.outdated_text_hint", code=code))
    return packet, rnd, answer


def take_in(study: Study, path: Path) -> tuple[Packet, dict[str, Any], Answer]:
    """Read an answer file, match it to its packet, and record the answer (status
    'answered'; the researcher's decisions come next). A bad file raises before anything
    is written. The same answer imported again resumes where the researcher left off."""
    from ..store import review as review_store
    from .withdrawals import apply_withdrawals

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
        raise PacketNotAnswer(t("answers.docx_untouched"), where=str(path),
                              hint=t("answers.docx_untouched_hint"))


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
