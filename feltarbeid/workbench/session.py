"""The one path every workbench edit takes: journal (fsync) → draft → screen.

``Workbench.open`` replays the transcript's journal (``journal/workbench/T<id>-….jsonl``)
on the version it started from, so the same command resumes where the researcher was
after a crash, a kill or a quit: the same text, passage, cursor and place in the sound.
Each verb (``splice``, ``split``, ``merge``, ``speaker``, ``item``, ``check`` …) writes
its edit to the journal and fsyncs before the draft (and so the screen) changes.

``save`` makes a new ``corrected`` version of the transcript from the draft (the verbatim
one is kept; a correction of a correction has the earlier one as parent), then notes it in
the journal: later edits apply to the new version. A crash between the two is noticed on
the next open (the newest version is the draft's text) and nothing is saved twice.

A journal whose base version has changed under it (a withdrawal removed an informant's
passages from every version of a shared interview, a purge emptied it) no longer fits:
its unsaved edits are discarded — the journal is shredded, for it may hold the withdrawn
informant's words — and the work starts cleanly from the newest version, saying so
(``notice``). So does a journal that was deleted while edits were unsaved.

Progress (passages checked, seconds heard, where the researcher was, unsaved edits) is
mirrored to the store for ``transcript list`` and ``status``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import Event, Segment
from ..errors import FeltarbeidError
from ..locale import t
from ..store import corrections
from ..store import transcripts as tstore
from ..store.recordings import get as get_recording
from ..store.sessions import get_session
from ..timeutil import now_iso
from ..tui.journal import Journal, workbench_journal, workbench_journals
from .draft import CHECKED, EDIT_OPS, Draft, DraftError, Heard, split_time

if TYPE_CHECKING:
    from ..study import Study

EDITABLE = ("transcribed", "anonymised", "in_review")
READ_ONLY = ("verified", "exported")
NOTE = "workbench: verbatim corrected"  # 'verbatim': see transcripts.holds_verbatim
INTERVIEWER = "I"
OTHER = "X"  # a speaker who is neither the interviewer nor an informant of the session
LOG = "workbench.log"
MIRROR_EVERY = 2.0  # seconds between progress mirrors while typing


def journal_dir(study: Study) -> Path:
    return workbench_journal(study.journal_dir, 0, None).parent


def journal_file(study: Study, transcript_id: int, session_id: str | None) -> Path:
    """``T3-S001.jsonl`` (see ``tui.journal.workbench_journal``)."""
    return workbench_journal(study.journal_dir, transcript_id, session_id)


@dataclass
class Place:
    """Where the researcher is: passage, character in it, second in the recording."""

    passage: int = 0
    char: int = 0
    position: float = 0.0


@dataclass
class Info:
    """What the screens show about the transcript besides its text."""

    transcript_id: int
    state: str
    session_id: str | None
    recording_path: Path | None
    duration: float | None
    informants: list[str] = field(default_factory=list)
    guide_hash: str | None = None
    read_only: bool = False


class Workbench:
    """One transcript being corrected."""

    def __init__(self, study: Study, info: Info, journal: Journal, base_version: int,
                 draft: Draft) -> None:
        self.study = study
        self.info = info
        self.journal = journal
        self.base_version = base_version
        self.draft = draft
        self.place = Place()
        self.heard = Heard()
        self.next_seq = 1
        self.newer_version: int | None = None  # a version newer than the draft's base
        self.recovered_save = False
        self.notice = ""  # said once at the start: unsaved work that could not be kept
        self._last_mirror = 0.0

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, study: Study, transcript_id: int) -> Workbench:
        """Open (or resume) the workbench on a transcript; holds its journal."""
        info = transcript_info(study, transcript_id)
        path = journal_file(study, transcript_id, info.session_id)
        existed = path.exists()
        journal = cls._journal(path, transcript_id)
        notice = "" if existed else "workbench.journal_gone"
        try:
            try:
                wb = cls._replay(study, info, journal)
            except _Stale:
                journal = cls._discard(study, journal, transcript_id)
                notice = "workbench.journal_stale"
                wb = cls._replay(study, info, journal)
        except BaseException:
            journal.close()
            raise
        progress = corrections.get(study.store, transcript_id)
        unsaved = progress.unsaved if progress else 0
        if notice == "workbench.journal_stale" or (notice and unsaved):
            wb.notice = t(notice, n=unsaved, version=wb.base_version)
            _log(journal, f"{path.name}: {notice.removeprefix('workbench.')} "
                          f"({unsaved} unsaved edits)")
        wb.mirror()
        return wb

    @staticmethod
    def _journal(path: Path, transcript_id: int) -> Journal:
        journal = Journal(path, log_name=LOG, busy_message=t("workbench.busy", id=transcript_id),
                          busy_hint=t("workbench.busy_hint"))
        journal.lock()
        return journal

    @classmethod
    def _discard(cls, study: Study, journal: Journal, transcript_id: int) -> Journal:
        """Shred a journal that no longer fits its text (and its torn pieces); a new one."""
        from ..privacy.shred import shred_file

        journal.close()
        for p in workbench_journals(study.journal_dir, [transcript_id]):
            shred_file(p, relative_to=study.root)
        return cls._journal(journal.path, transcript_id)

    @classmethod
    def _replay(cls, study: Study, info: Info, journal: Journal) -> Workbench:
        store = study.store
        tid = info.transcript_id
        source = tstore.source_version(store, tid)
        if source is None:
            raise FeltarbeidError(t("workbench.no_text", id=tid),
                                  hint=t("workbench.no_text_hint"))
        events = journal.read(repair=True)
        base: int | None = None
        recorded: str | None = None  # the base's segments when the journal started from it
        edits: list[Event] = []
        place = Place()
        heard = Heard()
        for ev in events:
            if ev.kind in ("open", "save"):
                base = int(ev.payload["version"])
                recorded = ev.payload.get("segments")
                edits = []
            elif ev.kind in EDIT_OPS:
                edits.append(ev)
            elif ev.kind == "heard":
                heard.add(float(ev.payload["a"]), float(ev.payload["b"]))
            place = _place_after(place, ev)
        segments = tstore.segments(store, base) if base is not None else []
        if base is not None:
            # passages deleted from the base after the journal was written: it does not fit
            expected = recorded or _version_hash(store, base)
            if expected and tstore.text_hash(segments) != expected:
                raise _Stale
        if base is None or (not edits and base != source):
            base = source  # a new start, or nothing unsaved: start from the newest text
            segments = tstore.segments(store, base)
            edits = []
            fresh = True
        else:
            fresh = False
        if not segments:
            raise FeltarbeidError(t("workbench.base_gone", version=base),
                                  where=str(journal.path), hint=t("workbench.base_gone_hint"))
        draft = Draft.of(segments)
        for ev in edits:
            try:
                draft.apply({"op": ev.kind, **ev.payload})
            except DraftError as exc:
                raise FeltarbeidError(
                    t("workbench.journal_damaged", seq=ev.seq, reason=str(exc)),
                    where=str(journal.path), hint=t("workbench.journal_damaged_hint"),
                ) from None
        wb = cls(study, info, journal, base, draft)
        wb.heard = heard
        wb.next_seq = (events[-1].seq + 1) if events else 1
        wb.place = _clamp(place, draft)
        if fresh:
            wb._record("open", {"version": base, "hash": _version_hash(store, base),
                                "segments": tstore.text_hash(segments)})
        elif source != base:
            wb._reconcile(source)
        return wb

    def _reconcile(self, source: int) -> None:
        """The newest version is not the journal's base: either our own save whose journal
        line was lost in a crash (adopt it), or someone else's (say so, keep our work)."""
        row = self.study.store.one(
            "SELECT parent_id, text_hash FROM transcript_versions WHERE id = ?", (source,))
        if (row is not None and row["parent_id"] == self.base_version
                and row["text_hash"] == tstore.text_hash(self.draft.result())):
            self._record("save", {"version": source, "recovered": True})
            self.base_version = source
            self.draft.edits = 0
            self.recovered_save = True
        else:
            self.newer_version = source

    # -- the one write path -----------------------------------------------------------------
    def _record(self, kind: str, payload: dict[str, Any], *,
                position: float | None = None) -> Event:
        ev = Event(seq=self.next_seq, kind=kind, at=now_iso("milliseconds"),
                   t_rec=None if position is None else round(position, 3), payload=payload)
        try:
            self.journal.append(ev)  # durable first
        except OSError as exc:
            raise FeltarbeidError(t("workbench.journal_write_failed", reason=exc.strerror
                                    or str(exc)), where=str(self.journal.path),
                                  hint=t("workbench.journal_write_failed_hint")) from None
        self.next_seq += 1
        return ev

    def edit(self, edit: dict[str, Any]) -> None:
        """Journal an edit, then apply it. An edit that does not fit is refused before it
        reaches the journal."""
        if self.info.read_only:
            raise FeltarbeidError(t("workbench.read_only", state=self.info.state))
        op = edit["op"]
        payload = {k: v for k, v in edit.items() if k != "op"}
        _validate(self.draft, edit)
        self._record(op, payload, position=self.place.position)
        self.draft.apply(edit)
        if "p" in edit:
            self.place.passage = min(int(edit["p"]), len(self.draft) - 1)
        self.mirror(force=op != "splice")

    # -- verbs (what the screen calls) --------------------------------------------------------
    def splice(self, p: int, a: int, b: int, s: str) -> None:
        self.edit({"op": "splice", "p": p, "a": a, "b": b, "s": s})
        self.place.char = a + len(s)

    def set_text(self, p: int, new: str) -> None:
        """Journal the change from the passage's text to ``new`` as one splice (the common
        prefix and suffix are kept)."""
        old = self.draft[p].text
        if old == new:
            return
        a = 0
        while a < min(len(old), len(new)) and old[a] == new[a]:
            a += 1
        b_old, b_new = len(old), len(new)
        while b_old > a and b_new > a and old[b_old - 1] == new[b_new - 1]:
            b_old -= 1
            b_new -= 1
        self.splice(p, a, b_old, new[a:b_new])

    def split(self, p: int, at: int) -> None:
        seg = self.draft[p]
        self.edit({"op": "split", "p": p, "at": at, "t": split_time(seg, at)})
        self.place = Place(p + 1, 0, self.draft[p + 1].start)

    def merge(self, p: int) -> None:
        if p + 1 >= len(self.draft):
            raise FeltarbeidError(t("workbench.merge_last"))
        char = len(self.draft[p].text) + 1
        self.edit({"op": "merge", "p": p})
        self.place.char = char

    def set_speaker(self, p: int, code: str) -> None:
        if self.draft[p].speaker != code:
            self.edit({"op": "speaker", "p": p, "v": code})

    def set_item(self, p: int, item_id: str | None) -> None:
        if self.draft[p].item_id != item_id:
            self.edit({"op": "item", "p": p, "v": item_id})

    def check(self, p: int, on: bool = True) -> None:
        if (CHECKED in self.draft[p].flags) != on:
            self.edit({"op": "check", "p": p, "v": on})

    def batch(self, edit: dict[str, Any]) -> None:
        self.edit(edit)

    def move(self, p: int, char: int = 0, position: float | None = None) -> None:
        """Where the researcher is now (journaled: the same command resumes here)."""
        p = max(0, min(p, len(self.draft) - 1))
        pos = self.place.position if position is None else position
        if (p, char, round(pos, 1)) == (self.place.passage, self.place.char,
                                         round(self.place.position, 1)):
            return
        self.place = Place(p, char, pos)
        self._record("cursor", {"p": p, "c": char}, position=pos)

    def listened(self, a: float, b: float) -> None:
        """A stretch of the recording was heard (seconds)."""
        if b - a < 0.05:
            return
        self._record("heard", {"a": round(a, 3), "b": round(b, 3)}, position=b)
        self.heard.add(a, b)
        self.place.position = b
        self.mirror(force=True)

    # -- saving ----------------------------------------------------------------------------
    @property
    def unsaved(self) -> int:
        return self.draft.edits

    def save(self) -> int | None:
        """A new ``corrected`` version from the draft (None when nothing changed)."""
        if self.info.read_only or self.draft.edits == 0:
            return None
        store = self.study.store
        segments = self.draft.result()
        tid = self.info.transcript_id
        with store.tx():
            vid = tstore.save_version(store, tid, "corrected", segments,
                                      parent_id=self.base_version, note=NOTE)
            corrections.record_saved(store, tid, vid)
            store.audit("transcript.corrected", str(tid), {
                "version": vid, "parent": self.base_version, "edits": self.draft.edits,
                "passages": len(segments), "checked": self.draft.checked()})
        self._record("save", {"version": vid, "segments": tstore.text_hash(segments)})
        self.base_version = vid
        self.draft.edits = 0
        self.newer_version = None
        self.mirror(force=True)
        return vid

    # -- progress ---------------------------------------------------------------------------
    def mirror(self, *, force: bool = True) -> None:
        now = time.monotonic()
        if not force and now - self._last_mirror < MIRROR_EVERY:
            return
        self._last_mirror = now
        corrections.set_progress(
            self.study.store, self.info.transcript_id, passages=len(self.draft),
            checked=self.draft.checked(), listened=self.heard.seconds,
            position=self.place.position, unsaved=self.draft.edits)

    def close(self) -> None:
        try:
            self.mirror(force=True)
        finally:
            self.journal.close()

    # -- reading ----------------------------------------------------------------------------
    def speakers(self) -> list[str]:
        return [INTERVIEWER, *self.info.informants, OTHER]

    def segment(self, p: int) -> Segment:
        return self.draft[p]


def _version_hash(store: Any, version_id: int) -> str:
    row = store.one("SELECT text_hash FROM transcript_versions WHERE id = ?", (version_id,))
    return str(row["text_hash"]) if row else ""


class _Stale(Exception):
    """The journal's base version lost passages after the journal was written."""


def _log(journal: Journal, message: str) -> None:
    from ..tui.journal import note

    note(journal.path, message, LOG)


def _validate(draft: Draft, edit: dict[str, Any]) -> None:
    """Refuse an edit that would not apply, before it is journaled."""
    try:
        _check(draft, edit)
    except (DraftError, IndexError, KeyError, TypeError, ValueError) as exc:
        raise FeltarbeidError(t("workbench.edit_refused", reason=str(exc))) from None


def _check(draft: Draft, edit: dict[str, Any]) -> None:
    op = edit["op"]
    if op == "batch":
        texts: dict[int, str] = {}
        for sub in edit["edits"]:
            p = _passage(draft, sub["p"])
            text = texts.get(p, draft[p].text)
            if not 0 <= sub["a"] <= sub["b"] <= len(text):
                raise DraftError(t("workbench.outside_text"))
            texts[p] = text[:sub["a"]] + str(sub["s"]) + text[sub["b"]:]
        return
    p = _passage(draft, edit["p"])
    text = draft[p].text
    if op == "splice" and not 0 <= edit["a"] <= edit["b"] <= len(text):
        raise DraftError(t("workbench.outside_text"))
    if op == "split" and not (text[:edit["at"]].strip() and text[edit["at"]:].strip()):
        raise DraftError(t("workbench.split_edge"))
    if op == "merge" and p + 1 >= len(draft):
        raise DraftError(t("workbench.merge_last"))


def _passage(draft: Draft, p: Any) -> int:
    if not isinstance(p, int) or not 0 <= p < len(draft):
        raise DraftError(t("workbench.no_passage", p=p))
    return p


def _place_after(place: Place, ev: Event) -> Place:
    """Where the researcher was after ``ev`` (replaying the journal)."""
    pl = ev.payload
    position = place.position if ev.t_rec is None else float(ev.t_rec)
    if ev.kind == "cursor":
        return Place(int(pl["p"]), int(pl.get("c", 0)), position)
    if ev.kind == "splice":
        return Place(int(pl["p"]), int(pl["a"]) + len(str(pl["s"])), position)
    if ev.kind == "split":
        return Place(int(pl["p"]) + 1, 0, position)
    if ev.kind in EDIT_OPS and isinstance(pl.get("p"), int):
        return Place(int(pl["p"]), place.char, position)
    return Place(place.passage, place.char, position)


def _clamp(place: Place, draft: Draft) -> Place:
    if not len(draft):
        return Place()
    p = max(0, min(place.passage, len(draft) - 1))
    return Place(p, max(0, min(place.char, len(draft[p].text))), max(0.0, place.position))


def transcript_info(study: Study, transcript_id: int) -> Info:
    store = study.store
    row = store.one("SELECT * FROM transcripts WHERE id = ?", (transcript_id,))
    if row is None:
        raise FeltarbeidError(t("workbench.no_transcript", id=transcript_id),
                              hint=t("workbench.no_transcript_hint"))
    state = str(row["state"])
    if state not in EDITABLE + READ_ONLY:
        raise FeltarbeidError(t("workbench.not_editable", id=transcript_id, state=state),
                              hint=t("workbench.not_editable_hint"))
    rec = get_recording(store, int(row["recording_id"]))
    session = get_session(store, rec.session_id, with_events=False) \
        if rec is not None and rec.session_id else None
    path = study.root / rec.path if rec is not None and rec.state == "recorded" else None
    return Info(transcript_id=transcript_id, state=state,
                session_id=rec.session_id if rec else None, recording_path=path,
                duration=row["duration"] or (rec.duration if rec else None),
                informants=list(session.informants) if session else [],
                guide_hash=session.guide_hash if session else None,
                read_only=state in READ_ONLY)
