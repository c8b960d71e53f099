"""The workbench screen: the passages before, the current passage in an editor, the
passages after; the sound on F-keys; structure, names, indirect identifiers and sensitive
passages on ctrl-keys. Keyboard first, mouse works (click a passage to go there, the wheel
moves through them).

Every key that changes the text calls the workbench (journal fsync → draft) and only then
updates the widgets, so what the screen shows is on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets.text_area import Selection

from ... import sensitive
from ...errors import FeltarbeidError
from ...locale import get_language, plural, t
from ...store import indirect as idb
from ...store import sensitive as sensitive_db
from ...store import transcripts as tstore
from ...timeutil import format_clock
from ...tui.dialogs import ChoiceDialog, Confirm, HelpScreen, TextPrompt
from ...tui.keys import described, localise_bindings
from ..audio import Audio
from ..draft import CHECKED, next_attention, pause_seconds, replace_edit, time_at, word_at_time
from ..draft import find_all as find_in
from ..marks import FlagMark, flag_at, held_back, place_flags, with_preview
from ..render import Look, label_text, unsure_spans
from ..session import INTERVIEWER, OTHER, Workbench
from ..widgets.context import ContextView
from ..widgets.editor import PassageEditor
from ..widgets.status import PassageInfo, StatusBar

if TYPE_CHECKING:
    from ...anonymise.marking import Flag, NameMark, NameView
    from ...domain import Segment

TICK = 0.1  # seconds between looks at the sound while it plays
NAMES_CACHED = 4000  # passage texts whose names are kept


def _b(keys: str, action: str, desc: str, *, show: bool = True) -> Binding:
    return Binding(keys, action, desc, show=show, priority=True)


class EditScreen(Screen[None]):
    BINDINGS = [
        _b("f1", "help", "workbench.key_help"),
        _b("f4", "play_pause", "workbench.key_play"),
        _b("f2", "replay", "workbench.key_replay", show=False),
        _b("f3", "skip(-1)", "workbench.key_back", show=False),
        _b("f5", "skip(1)", "workbench.key_forward", show=False),
        _b("f6", "speed(-1)", "workbench.key_slower", show=False),
        _b("f7", "speed(1)", "workbench.key_faster", show=False),
        _b("pageup,ctrl+up", "move(-1)", "workbench.key_previous", show=False),
        _b("pagedown,ctrl+down", "move(1)", "workbench.key_next", show=False),
        _b("ctrl+b", "toggle_check", "workbench.key_check", show=False),
        _b("ctrl+g", "next_unsure", "workbench.key_unsure"),
        _b("ctrl+f", "find", "workbench.key_find", show=False),
        _b("ctrl+o", "split", "workbench.key_split", show=False),
        _b("ctrl+t", "merge", "workbench.key_merge", show=False),
        _b("f8", "speaker", "workbench.key_speaker", show=False),
        _b("f9", "item", "workbench.key_item", show=False),
        _b("ctrl+l", "inaudible", "workbench.key_inaudible", show=False),
        _b("ctrl+p", "pause_mark", "workbench.key_pause", show=False),
        _b("ctrl+n", "mark_name", "workbench.key_name", show=False),
        _b("ctrl+r", "unmark_name", "workbench.key_unmark", show=False),
        _b("ctrl+e", "indirect", "workbench.key_indirect", show=False),
        _b("ctrl+k", "sensitive", "workbench.key_sensitive", show=False),
        _b("shift+pageup", "extend(-1)", "workbench.key_extend_up", show=False),
        _b("shift+pagedown", "extend(1)", "workbench.key_extend_down", show=False),
        _b("ctrl+s", "save", "workbench.key_save"),
        _b("ctrl+q", "quit", "workbench.key_quit"),
    ]

    def __init__(self, workbench: Workbench, *, audio: Audio | None = None,
                 output: Any = None) -> None:
        super().__init__()
        self.wb = workbench
        self.audio = audio or Audio(None, "")
        self._output = output
        self._audio_given = audio is not None
        self.follow = False
        self._heard_p: int | None = None
        self._was_playing = False
        self._names_view: NameView | None = None
        self._names: dict[str, list[NameMark]] = {}
        self._names_revision = -1  # the draft revision the names were brought up to
        # indirect identifiers: stored flags, the versions they were found in, where they
        # are in the draft (per draft revision), and previews found in the text now
        self._flags: list[idb.FlagRecord] = []
        self._sources: dict[int, dict[int, Segment]] = {}
        self._placed: dict[int, list[FlagMark]] = {}
        self._placed_revision = -1
        self._said_at: dict[int, float] = {}  # flag id → when its words were said
        self._previews: dict[str, list[Flag]] = {}
        self._held: list[sensitive.Mark] = []  # sensitive passages of the transcript
        self._anchor: int | None = None  # the other end of a range of passages
        self._applying = False  # decisions on indirect identifiers being applied
        self._apply_again = False
        self._guide: Any = None
        self._item_texts: dict[str, str] = {}
        self.look = Look.from_theme(None)
        self.busy = ""  # a background task (anonymising) is running: its name
        settings = workbench.study.settings
        self.skip_seconds = float(settings.get("workbench", "skip"))
        self.unsure_below = float(settings.get("workbench", "unsure_below"))
        localise_bindings(self)

    # -- layout ----------------------------------------------------------------------------
    def compose(self):  # type: ignore[no-untyped-def]
        yield StatusBar(id="status")
        yield ContextView("before", id="before")
        yield PassageEditor(self._text_changed, id="editor")
        yield PassageInfo(id="info")
        yield ContextView("after", id="after")
        yield Footer()

    @property
    def editor(self) -> PassageEditor:
        return self.query_one(PassageEditor)

    @property
    def current(self) -> int:
        return self.wb.place.passage

    def on_mount(self) -> None:
        self.look = Look.from_theme(self.app.current_theme)
        for view in self.query(ContextView):
            view.look = self.look
            view.names = self._names_of
            view.flags = self._flags_of
            view.held = self._held_of
            view.selected = self._selected
            view.item_label = self._item_label
            view.unsure_below = self.unsure_below
        place = self.wb.place
        self.editor.read_only = self.wb.info.read_only
        self.editor.show_passage(place.passage, self.wb.draft[place.passage].text, place.char)
        self.editor.focus()
        self._refresh()
        self.set_interval(TICK, self._tick)
        # the sound, the guide and the name lists load once the first screen is drawn
        self.call_after_refresh(self._load_in_background)
        self.call_after_refresh(self._find_names_in_background)
        self.call_after_refresh(self._load_marks)
        self._say_at_start()

    @work(exclusive=True, group="names")
    async def _find_names_in_background(self) -> None:
        """The name lists load beside the screen (start-up stays fast); names appear when
        they are ready."""
        texts = [s.text for s in self.wb.draft.segments]
        revision = self.wb.draft.revision
        view = await asyncio.to_thread(self._warm_names, texts)
        if self._names_view is None:
            self._install_names(view, revision)
        await self._open_key_from_environment()

    async def _open_key_from_environment(self) -> None:
        """With $FELTARBEID_KEY_PASSPHRASE set, open the key at once: names show their
        pseudonyms from the start (otherwise the key opens the first time it is needed)."""
        from ...anonymise.keyfile import PASSPHRASE_ENV, key_exists

        app: Any = self.app
        given = os.environ.get(PASSPHRASE_ENV)
        if not given or app.passphrase:
            return
        try:
            if not key_exists(self.wb.study):
                return
        except FeltarbeidError as exc:  # a key the study made and cannot find (issue 16)
            self.notify(exc.what, severity="error", timeout=8)
            return
        try:
            key = await asyncio.to_thread(_open_key, self.wb.study.root, given)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="error", timeout=6)
            return
        if not app.passphrase:
            app.passphrase = given
            await self._names_changed(key)

    def _warm_names(self, texts: list[str]) -> NameView:
        """Beside the screen: the name lists load, and the names of the whole transcript
        are found once (each edit then costs one passage)."""
        from ...anonymise.marking import NameView

        return NameView(self.wb.study, self.wb.info.transcript_id, texts=texts)

    def _say_at_start(self) -> None:
        wb = self.wb
        if wb.info.read_only:
            self.notify(t("workbench.read_only", state=wb.info.state), severity="warning",
                        timeout=6)
        if wb.newer_version is not None:
            self.notify(t("workbench.newer_version", version=wb.newer_version,
                          base=wb.base_version), severity="warning", timeout=10)
        if wb.recovered_save:
            self.notify(t("workbench.recovered_save", version=wb.base_version), timeout=6)
        if wb.notice:
            self.notify(wb.notice, severity="warning", timeout=15)
        if wb.info.state == "in_review":
            self.notify(t("workbench.in_review"), severity="warning", timeout=8)

    @work(exclusive=True, group="load")
    async def _load_in_background(self) -> None:
        """The sound and the guide are read beside the screen (start-up stays fast)."""
        wb = self.wb
        if not self._audio_given:
            settings = wb.study.settings
            self.audio = await asyncio.to_thread(
                Audio.open, wb.info.recording_path, output=self._output,
                rewind=float(settings.get("workbench", "rewind")),
                speed=float(settings.get("workbench", "speed")))
        if self.audio.usable and wb.place.position:
            self.audio.seek(wb.place.position)
        if self.audio.problem:
            self.notify(self.audio.problem, severity="warning", timeout=8)
        if wb.info.guide_hash:
            self._guide = await asyncio.to_thread(_read_guide, wb.study.root,
                                                  wb.info.guide_hash)
            if self._guide is not None:
                self._item_texts = {it.id: it.text for _, it in self._guide.items()}
                self._refresh()
        self._refresh_status()

    # -- attributes down -------------------------------------------------------------------
    def _refresh(self, *, views: bool = True) -> None:
        self._sync_names()
        self._show_info()
        self._editor_marks()
        if views:
            heard = self._heard_mark()
            for view in self.query(ContextView):
                view.show(self.wb.draft, self.current, heard=heard)
        self._refresh_status()

    def _refresh_status(self) -> None:
        wb = self.wb
        self.query_one(StatusBar).show(
            transcript_id=wb.info.transcript_id, state=wb.info.state,
            position=self.audio.position() if self.audio.usable else wb.place.position,
            duration=wb.info.duration, playing=self.audio.playing, speed=self.audio.speed,
            checked=wb.draft.checked(), passages=len(wb.draft), heard=wb.heard.seconds,
            unsaved=wb.unsaved, audio_note=self.busy or self.audio.problem,
            read_only=wb.info.read_only)

    def _show_info(self) -> None:
        p = self.current
        seg = self.wb.draft[p]
        first, last = self._range()
        self.query_one(PassageInfo).show(
            seg, p + 1, len(self.wb.draft), item=self._item_label(seg.item_id),
            names=self._names_of(p), held=self._held_of(p), flags=self._flags_of(p),
            char=self.editor.char, selected=(first + 1, last + 1))

    def _editor_marks(self) -> None:
        p = self.current
        seg = self.wb.draft[p]
        marks = [(ws.start, ws.end, self.look.unsure)
                 for ws in unsure_spans(seg, self.unsure_below)]
        marks += [(f.start, f.end, self.look.flag if f.is_open else self.look.flag_done)
                  for f in self._flags_of(p)]
        marks += [(m.start, m.end, self.look.kept if m.kept else self.look.name)
                  for m in self._names_of(p)]
        if self.audio.playing:
            word = word_at_time(seg, self.audio.position())
            if word is not None and self._heard_p == p:
                marks.append((word.start, word.end, self.look.heard))
        self.editor.set_marks(marks)

    def _heard_mark(self) -> tuple[int, tuple[int, int] | None] | None:
        if not self.audio.playing or self._heard_p is None or self._heard_p == self.current:
            return None
        seg = self.wb.draft[self._heard_p]
        word = word_at_time(seg, self.audio.position())
        return self._heard_p, (word.start, word.end) if word else None

    def _item_label(self, item_id: str | None) -> str:
        if not item_id:
            return ""
        text = self._item_texts.get(item_id)
        return f"{item_id}: {text}" if text else item_id

    # -- names -----------------------------------------------------------------------------
    def _names_of(self, p: int) -> list[NameMark]:
        seg = self.wb.draft[p]
        found = self._names.get(seg.text)
        if found is None and self._names_view is not None:
            if len(self._names) > NAMES_CACHED:
                self._names.clear()  # typing makes a new text per key
            found = self._names[seg.text] = list(self._names_view.marks(seg))
        return found or []

    def _install_names(self, view: NameView, revision: int) -> None:
        """A names view brought up to draft ``revision`` replaces the one shown."""
        self._names_view = view
        self._names_revision = revision
        self._names_forget()
        self._refresh()

    def _names_forget(self) -> None:
        self._names.clear()
        self._previews.clear()
        for view in self.query(ContextView):
            view.forget()

    def _sync_names(self) -> None:
        """Bring the names up to the draft (one passage per edit; names carried between
        passages — 'Brekke' after 'Ragnhild Brekke' — may change elsewhere too)."""
        view = self._names_view
        draft = self.wb.draft
        if view is None or self._names_revision == draft.revision:
            return
        self._names_revision = draft.revision
        if view.update([s.text for s in draft.segments]):
            self._names_forget()

    async def _names_changed(self, key: Any) -> None:
        """The key opened or the registry changed: every passage's names are found again,
        beside the screen (the old names stay shown until then)."""
        from ...anonymise.marking import NameView

        view = NameView(self.wb.study, self.wb.info.transcript_id, key=key)
        texts = [s.text for s in self.wb.draft.segments]
        revision = self.wb.draft.revision
        await asyncio.to_thread(view.update, texts)
        self._install_names(view, revision)

    # -- indirect identifiers and sensitive passages ----------------------------------------
    def _load_marks(self) -> None:
        """The stored flags (with the text of the versions they were found in) and the
        sensitive marks of the transcript; again after every decision or mark."""
        store = self.wb.study.store
        tid = self.wb.info.transcript_id
        self._flags = idb.flags(store, transcript_id=tid, status=None)
        versions = {f.source_version for f in self._flags if f.source_version is not None}
        self._sources = {v: self._sources.get(v) or {s.idx: s for s in tstore.segments(store, v)}
                         for v in versions}
        self._held = sensitive_db.marks(store, tid)
        self._placed_revision = -1
        self._said_at.clear()  # flags found again: their passages may have changed
        for view in self.query(ContextView):
            view.forget()
        self._refresh(views=False)

    def _flags_of(self, p: int) -> list[FlagMark]:
        draft = self.wb.draft
        if self._placed_revision != draft.revision:
            self._placed = place_flags(draft, self._flags, self._sources,
                                       said_at=self._said_at) if self._flags else {}
            self._placed_revision = draft.revision
        return with_preview(self._placed.get(p, []), self._preview_of(draft[p]))

    def _preview_of(self, seg: Segment) -> list[Flag]:
        """What the detector finds in the passage's text now (names known first)."""
        view = self._names_view
        if view is None:
            return []
        found = self._previews.get(seg.text)
        if found is None:
            if len(self._previews) > NAMES_CACHED:
                self._previews.clear()
            found = self._previews[seg.text] = view.indirect(seg)
        return found

    def _held_of(self, p: int) -> sensitive.Mark | None:
        return held_back(self._held, self.wb.draft[p]) if self._held else None

    def _range(self) -> tuple[int, int]:
        """The passages chosen (shift+PageUp/PageDown), or the current one."""
        p = self.current
        if self._anchor is None:
            return p, p
        return min(p, self._anchor), max(p, self._anchor)

    def _selected(self, p: int) -> bool:
        if self._anchor is None:
            return False
        first, last = self._range()
        return first <= p <= last

    def action_extend(self, step: int) -> None:
        """Choose a range of passages from the current one (for ctrl+k)."""
        anchor = self.current if self._anchor is None else self._anchor
        self.goto(self.current + step, seek=True)
        self._anchor = anchor if anchor != self.current else None
        for view in self.query(ContextView):
            view.forget()
        self._refresh(views=False)

    def _next_open_flag(self, p: int, char: int) -> tuple[int, FlagMark] | None:
        """The next open indirect identifier after (p, char), wrapping round once."""
        n = len(self.wb.draft)
        for step in range(n + 1):
            q = (p + step) % n
            for f in self._flags_of(q):
                if f.is_open and (step > 0 or f.start > char) and not (step == n and
                                                                       f.start >= char):
                    return q, f
        return None

    @work(exclusive=True, group="dialog")
    async def action_indirect(self) -> None:
        """ctrl+e: the indirect identifier at the cursor, else the next open one: go there,
        and decide (a accept, e edit the wording, d keep as said, o undecided again)."""
        from ...anonymise.marking import decide_flag
        from .flag import FlagDialog

        p, char = self.current, self.editor.char
        flag = flag_at(self._flags_of(p), char)
        if flag is None:
            found = self._next_open_flag(p, char)
            if found is None:
                self.notify(t("workbench.no_flags"), timeout=4)
                return
            p, flag = found
            self.goto(p, flag.start, seek=True)
        self.editor.selection = Selection((0, flag.start), (0, flag.end))
        said = self.wb.draft[p].text[flag.start:flag.end]
        decision = await self.app.push_screen_wait(FlagDialog(flag, said, number=p + 1))
        if not decision or flag.flag_id is None:
            return
        wording = None
        if decision == "edit":
            wording = await self.app.push_screen_wait(TextPrompt(
                t("workbench.flag_edit_title", said=said), value=flag.shown,
                hint=t("workbench.flag_edit_hint")))
            if not wording:
                return
            decision = "accepted"
        try:
            decide_flag(self.wb.study, flag.flag_id, decision, wording=wording)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="error", timeout=8)
            return
        self._load_marks()
        if self.current == p:
            self.editor.move_cursor((0, min(flag.end, len(self.wb.draft[p].text))))
            self._refresh(views=False)
        self.notify(t(f"workbench.flag_done_{decision}"), timeout=4)
        self._apply_decisions()

    def _apply_decisions(self) -> None:
        """Decisions reach the anonymised text: the transcript is anonymised again beside
        the screen (one run at a time; decisions made meanwhile go into the next)."""
        if self._applying:
            self._apply_again = True
            return
        self._applying = True
        self.run_worker(self._apply_loop(), group="apply")

    async def _apply_loop(self) -> None:
        from ...anonymise.marking import anonymised_before, reanonymise

        try:
            tid = self.wb.info.transcript_id
            if tid not in anonymised_before(self.wb.study):
                self.notify(t("workbench.flag_apply_later"), timeout=8)
                return
            passphrase = await self._passphrase()
            if passphrase is None:
                self.notify(t("workbench.flag_apply_later"), severity="warning", timeout=10)
                return
            while True:
                self._apply_again = False
                summary = await self._in_background(t("workbench.busy_marking"), reanonymise,
                                                    passphrase, [tid])
                if summary is None or not self._apply_again:
                    break
            if summary is not None:
                await self._after_anonymising(summary)
        finally:
            self._applying = False

    @work(exclusive=True, group="dialog")
    async def action_sensitive(self) -> None:
        """ctrl+k: hold the passage (or the passages chosen) back from exports, with a
        reason; on passages held back already: free them."""
        first, last = self._range()
        draft = self.wb.draft
        store = self.wb.study.store
        tid = self.wb.info.transcript_id
        numbers = str(first + 1) if first == last else f"{first + 1}–{last + 1}"
        held = [self._held_of(p) for p in range(first, last + 1)]
        if all(m is not None for m in held):
            marks = {m.id: m for m in held if m is not None}
            reason = next(iter(marks.values())).reason
            if not await self.app.push_screen_wait(Confirm(
                    t("workbench.sensitive_unmark", passages=numbers, reason=reason))):
                return
            sensitive.unmark(store, sorted(marks))
            note = t("workbench.sensitive_unmarked", passages=numbers)
        else:
            reason = await self.app.push_screen_wait(TextPrompt(
                t("workbench.sensitive_title", passages=numbers),
                hint=t("workbench.sensitive_hint")))
            if not reason:
                return
            try:
                sensitive.mark_segments(
                    store, tid, draft.segments[first:last + 1], reason=reason,
                    version_id=self.wb.base_version if not self.wb.unsaved else None)
            except FeltarbeidError as exc:
                self.notify(exc.what, severity="error", timeout=8)
                return
            note = t("workbench.sensitive_marked", passages=numbers)
        self._anchor = None
        self._load_marks()
        self._refresh()
        self.notify(note, timeout=5)

    # -- moving ----------------------------------------------------------------------------
    def goto(self, p: int, char: int = 0, *, seek: bool = False) -> None:
        """Make passage ``p`` current (``seek``: and the sound goes there if it plays)."""
        draft = self.wb.draft
        p = max(0, min(p, len(draft) - 1))
        position = self.audio.position() if self.audio.usable else draft[p].start
        if seek and self.audio.playing and p != self.current:
            self.audio.seek(draft[p].start)
            position = draft[p].start
            self.follow = True
        self._quietly(self.wb.move, p, char, position)
        self.editor.show_passage(p, draft[p].text, char)
        if self._anchor is not None:
            self._anchor = None
            for view in self.query(ContextView):
                view.forget()
        self._refresh()

    def _quietly(self, fn: Any, *args: Any) -> None:
        """Journal where the researcher is or what was heard; a failure is said, and the
        work goes on (edits are refused on their own when the journal cannot be written)."""
        try:
            fn(*args)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="error", timeout=8)

    def action_move(self, step: int) -> None:
        self.goto(self.current + step, seek=True)

    def on_context_view_clicked(self, message: ContextView.Clicked) -> None:
        self.goto(message.passage, seek=True)
        self.editor.focus()

    def on_context_view_wheel(self, message: ContextView.Wheel) -> None:
        self.goto(self.current + message.step)

    # -- the sound -------------------------------------------------------------------------
    def _tick(self) -> None:
        audio = self.audio
        if not audio.usable:
            return
        for a, b in audio.heard():
            self._quietly(self.wb.listened, a, b)
        playing = audio.playing
        if playing:
            t_ = audio.position()
            p = self.wb.draft.passage_at(t_)
            if p != self._heard_p:
                self._heard_p = p
                if self.follow and p != self.current:
                    self.goto(p, 0)
            self._editor_marks()
            heard = self._heard_mark()
            for view in self.query(ContextView):
                view.show(self.wb.draft, self.current, heard=heard)
            self._refresh_status()
        elif self._was_playing:
            self._heard_p = None
            self._refresh()
        self._was_playing = playing

    def _no_sound(self) -> bool:
        if self.audio.player is None:
            if self.audio.problem:
                self.notify(self.audio.problem, severity="warning", timeout=4)
            return True
        return False

    def action_play_pause(self) -> None:
        if self._no_sound():
            return
        audio = self.audio
        if audio.playing:
            audio.pause()
        else:
            seg = self.wb.draft[self.current]
            pos = audio.position()
            if seg.start - 0.5 <= pos <= seg.end + 0.5:
                audio.play()  # go on from the pause, a little before (the f4 rewind)
            else:
                audio.play(seg.start)
            self.follow = True
            self._started_here()
        self._refresh_status()

    def _started_here(self) -> None:
        """The sound starts (again) here: follow from the passage it starts in, so the
        rewind before a resume does not pull the editor back a passage."""
        self._heard_p = self.wb.draft.passage_at(self.audio.position())

    def action_replay(self) -> None:
        if self._no_sound():
            return
        seg = self.wb.draft[self.current]
        self.audio.play_range(seg.start, seg.end)
        self.follow = True
        self._started_here()
        self._refresh_status()

    def action_skip(self, direction: int) -> None:
        if self._no_sound():
            return
        self.audio.skip(direction * self.skip_seconds)
        self.follow = self.audio.playing
        self._refresh_status()

    def action_speed(self, step: int) -> None:
        if self._no_sound():
            return
        speed = self.audio.faster(step)
        self.notify(t("workbench.speed", speed=f"{speed:.2f}"), timeout=1.5)
        self._refresh_status()

    # -- text ------------------------------------------------------------------------------
    def _text_changed(self, p: int, text: str) -> None:
        """From the editor, inside the change: journal it (raises if that fails)."""
        self.wb.set_text(p, text)
        self.follow = False
        self._sync_names()
        self._show_info()
        self._editor_marks()
        self._refresh_status()

    def on_text_area_selection_changed(self, message: Any) -> None:
        """The cursor moved: the info line names the indirect identifier it is in (when
        the passage has more than one)."""
        if len(self._flags_of(self.current)) > 1:
            self._show_info()

    def on_passage_editor_failed(self, message: PassageEditor.Failed) -> None:
        self.notify(t("workbench.not_saved", reason=message.reason), severity="error",
                    timeout=10)

    def on_passage_editor_done(self, message: PassageEditor.Done) -> None:
        if self._refuse_read_only():
            self.goto(self.current + 1)
            return
        self.wb.check(self.current, True)
        if self.current + 1 < len(self.wb.draft):
            self.goto(self.current + 1)
        else:
            self._refresh()
            self.notify(t("workbench.last_passage"), timeout=3)

    def _refuse_read_only(self) -> bool:
        if self.wb.info.read_only:
            self.notify(t("workbench.read_only", state=self.wb.info.state),
                        severity="warning", timeout=3)
            return True
        return False

    def _edit(self, fn: Any, *args: Any) -> bool:
        """Run a workbench verb; a refused edit is said, not raised."""
        if self._refuse_read_only():
            return False
        try:
            fn(*args)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="warning", timeout=4)
            return False
        return True

    def action_toggle_check(self) -> None:
        p = self.current
        if self._edit(self.wb.check, p, CHECKED not in self.wb.draft[p].flags):
            self._refresh()

    def action_next_unsure(self) -> None:
        found = next_attention(self.wb.draft, self.current, self.editor.char,
                               self.unsure_below)
        if found is None:
            self.notify(t("workbench.nothing_unsure"), timeout=3)
            return
        self.goto(found[0], found[1], seek=True)

    def _insert(self, p: int, a: int, b: int, mark: str) -> None:
        text = self.wb.draft[p].text
        before = "" if a == 0 or text[a - 1] == " " else " "
        after = "" if b >= len(text) or text[b] == " " else " "
        piece = before + mark + after
        if self._edit(self.wb.splice, p, a, b, piece):
            self.editor.show_passage(p, self.wb.draft[p].text, a + len(piece))
            self._refresh(views=False)

    def action_inaudible(self) -> None:
        p = self.current
        sel = self.editor.selected_range() or (self.editor.char, self.editor.char)
        when = time_at(self.wb.draft[p], sel[0])
        self._insert(p, *sel, t("workbench.mark_inaudible", clock=format_clock(when)))

    def action_pause_mark(self) -> None:
        p = self.current
        char = self.editor.char
        seconds = pause_seconds(self.wb.draft[p], char)
        number = f"{seconds or 0:.1f}"
        if get_language() in ("nb", "nn"):
            number = number.replace(".", ",")  # Norwegian decimal comma
        mark = (t("workbench.mark_pause_seconds", seconds=number)
                if seconds and seconds >= 0.5 else t("workbench.mark_pause"))
        self._insert(p, char, char, mark)

    def action_split(self) -> None:
        p = self.current
        if self._edit(self.wb.split, p, self.editor.char):
            self.goto(p + 1)

    def action_merge(self) -> None:
        p = self.current
        char = len(self.wb.draft[p].text)
        if self._edit(self.wb.merge, p):
            self.goto(p, char)

    @work(exclusive=True, group="dialog")
    async def action_speaker(self) -> None:
        if self._refuse_read_only():
            return
        p = self.current
        options = [(code, self._speaker_label(code)) for code in self.wb.speakers()]
        code = await self.app.push_screen_wait(ChoiceDialog(
            t("workbench.speaker_title", n=p + 1), options))
        if code and self._edit(self.wb.set_speaker, p, code):
            self._refresh()

    def _speaker_label(self, code: str) -> str:
        if code == INTERVIEWER:
            return t("workbench.speaker_interviewer")
        if code == OTHER:
            return t("workbench.speaker_other")
        return code

    @work(exclusive=True, group="dialog")
    async def action_item(self) -> None:
        if self._refuse_read_only():
            return
        if self._guide is None and self.wb.info.guide_hash:
            self._guide = await asyncio.to_thread(_read_guide, self.wb.study.root,
                                                  self.wb.info.guide_hash)
        if self._guide is None:
            self.notify(t("workbench.no_guide"), severity="warning", timeout=4)
            return
        p = self.current
        options = [("-", t("workbench.item_none"))] + [
            (it.id, f"{it.id}: {it.text}") for _, it in self._guide.items()]
        choice = await self.app.push_screen_wait(ChoiceDialog(
            t("workbench.item_title", n=p + 1), options))
        if choice and self._edit(self.wb.set_item, p, None if choice == "-" else choice):
            self._refresh()

    @work(exclusive=True, group="dialog")
    async def action_find(self) -> None:
        from .find import FindReplace

        sel = self.editor.selected_range()
        needle = self.wb.draft[self.current].text[sel[0]:sel[1]] if sel else ""
        result = await self.app.push_screen_wait(FindReplace(self.wb.draft, needle))
        if not result:
            return
        if result[0] == "find":
            hits = find_in(self.wb.draft, result[1])
            here = (self.current, self.editor.char)
            nxt = next((h for h in hits if (h[0], h[1]) > here), hits[0] if hits else None)
            if nxt is None:
                self.notify(t("workbench.not_found"), timeout=3)
                return
            self.goto(nxt[0], nxt[1], seek=True)
            self.editor.selection = Selection((0, nxt[1]), (0, nxt[2]))
            return
        edit = replace_edit(self.wb.draft, result[1], result[2])
        if edit is None:
            self.notify(t("workbench.not_found"), timeout=3)
            return
        if self._edit(self.wb.batch, edit):
            self.goto(self.current, min(self.editor.char, len(self.wb.draft[self.current].text)))
            for view in self.query(ContextView):
                view.forget()
            self.notify(plural("workbench.replaced", len(edit["edits"])), timeout=4)

    # -- names -----------------------------------------------------------------------------
    async def _passphrase(self) -> str | None:
        """The key's passphrase: asked once per session (or from the environment)."""
        from ...anonymise.keyfile import PASSPHRASE_ENV, key_exists

        app: Any = self.app
        study = self.wb.study
        try:
            if not key_exists(study):
                self.notify(t("workbench.no_key"), severity="warning", timeout=8)
                return None
        except FeltarbeidError as exc:  # lost: nothing is marked or anonymised without it
            self.notify(f"{exc.what} {exc.hint or ''}".strip(), severity="error", timeout=12)
            return None
        if app.passphrase:
            return str(app.passphrase)
        given = os.environ.get(PASSPHRASE_ENV) or await self.app.push_screen_wait(
            TextPrompt(t("workbench.passphrase_title"), password=True,
                       hint=t("workbench.passphrase_hint")))
        if not given:
            return None
        try:
            key = await asyncio.to_thread(_open_key, study.root, given)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="error", timeout=6)
            return None
        app.passphrase = given
        await self._names_changed(key)
        return str(given)

    @work(exclusive=True, group="dialog")
    async def action_mark_name(self) -> None:
        from ...anonymise.marking import MARK_KINDS, mark_name

        p = self.current
        sel = self.editor.selected_range()
        surface = self.wb.draft[p].text[sel[0]:sel[1]].strip(" ,.;:!?«»\"'") if sel else ""
        if not surface:
            self.notify(t("workbench.select_name"), severity="warning", timeout=4)
            return
        kind = await self.app.push_screen_wait(ChoiceDialog(
            t("workbench.mark_title", name=surface),
            [(k, t(f"workbench.kind_{k}")) for k in MARK_KINDS]))
        if not kind:
            return
        passphrase = await self._passphrase()
        if passphrase is None:
            return
        summary = await self._in_background(t("workbench.busy_marking"), mark_name, passphrase,
                                            kind, surface)
        if summary is not None:
            await self._after_anonymising(summary)

    @work(exclusive=True, group="dialog")
    async def action_unmark_name(self) -> None:
        from ...anonymise.marking import unmark_name

        passphrase = await self._passphrase()
        if passphrase is None:
            return
        p, char = self.current, self.editor.char
        mark = next((m for m in self._names_of(p) if m.start <= char <= m.end and not m.kept),
                    None)
        if mark is None:
            self.notify(t("workbench.no_name_here"), severity="warning", timeout=4)
            return
        surface = self.wb.draft[p].text[mark.start:mark.end]
        if not await self.app.push_screen_wait(Confirm(
                t("workbench.unmark_confirm", name=surface, label=label_text(mark.label)))):
            return
        summary = await self._in_background(t("workbench.busy_marking"), unmark_name,
                                            passphrase, mark)
        if summary is not None:
            await self._after_anonymising(summary)

    async def _in_background(self, what: str, fn: Any, *args: Any) -> Any:
        """Run ``fn(study, *args)`` on its own database connection beside the screen."""
        self.busy = what
        self._refresh_status()
        try:
            return await asyncio.to_thread(_with_study, self.wb.study.root, fn, *args)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="error", timeout=8)
            return None
        finally:
            self.busy = ""
            self._refresh_status()

    async def _after_anonymising(self, summary: Any) -> None:
        app: Any = self.app
        key = None
        if app.passphrase:
            key = await asyncio.to_thread(_open_key, self.wb.study.root, app.passphrase)
        self._load_marks()  # flags found again, decisions applied
        await self._names_changed(key)
        self.notify(t("workbench.anonymised_again", done=len(summary.done),
                      unchanged=len(summary.unchanged)), timeout=6)
        if summary.affected:
            self.notify(t("workbench.affected", ids=", ".join(map(str, summary.affected))),
                        severity="warning", timeout=12)
        if summary.reanonymised:  # verified or in review: their kept text (issue 16)
            self.notify(t("safety.reanonymised",
                          ids=", ".join(map(str, summary.reanonymised))), timeout=12)
        if summary.outdated_packets:
            self.notify(t("safety.packets_outdated", ids=", ".join(summary.outdated_packets)),
                        severity="warning", timeout=12)

    # -- saving and leaving ------------------------------------------------------------------
    @work(exclusive=True, group="dialog")
    async def action_save(self) -> None:
        await self.save()

    async def save(self) -> int | None:
        from ...anonymise.marking import anonymised_before, reanonymise

        if self._refuse_read_only():
            return None
        vid = self.wb.save()
        if vid is None:
            self.notify(t("workbench.nothing_to_save"), timeout=3)
            return None
        self._refresh_status()
        self.notify(t("workbench.saved", version=vid), timeout=4)
        tid = self.wb.info.transcript_id
        if tid not in anonymised_before(self.wb.study):
            return vid
        passphrase = await self._passphrase()
        if passphrase is None:
            self.notify(t("workbench.anonymise_later"), severity="warning", timeout=12)
            return vid
        summary = await self._in_background(t("workbench.busy_anonymising"), reanonymise,
                                            passphrase, [tid])
        if summary is not None:
            await self._after_anonymising(summary)
        return vid

    def on_unmount(self) -> None:
        """The app is closing: stop the sound and journal what was heard."""
        if self.audio.usable:
            self.audio.pause()
            for a, b in self.audio.heard():
                with contextlib.suppress(FeltarbeidError):  # closing: nothing more to say
                    self.wb.listened(a, b)
        self.audio.close()

    @work(exclusive=True, group="dialog")
    async def action_quit(self) -> None:
        if self.wb.unsaved and not self.wb.info.read_only:
            answer = await self.app.push_screen_wait(Confirm(
                plural("workbench.quit_unsaved", self.wb.unsaved)))
            if answer:
                await self.save()
        self.app.exit()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(described(self), title=t("workbench.help_title"),
                                        legend=t("workbench.help_legend")))


# -- helpers that run beside the screen (own database connection) -----------------------------


def _with_study(root: Any, fn: Any, *args: Any) -> Any:
    from ...study import open_study

    study = open_study(root)
    try:
        return fn(study, *args)
    finally:
        study.close()


def _open_key(root: Any, passphrase: str) -> Any:
    from ...anonymise.keyfile import open_key

    return _with_study(root, open_key, passphrase)


def _read_guide(root: Any, guide_hash: str) -> Any:
    from ...guide import guide_by_hash

    def read(study: Any) -> Any:
        try:
            return guide_by_hash(study.store, guide_hash)
        except FeltarbeidError:
            return None

    return _with_study(root, read)
