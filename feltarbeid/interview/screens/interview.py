"""During the interview: outline, current item, clock, notes. Keyboard first.

Every key that changes something calls the recorder (journal fsync → store → state) and
only then updates the widgets, so what the screen shows is on disk. Text being typed in a
note or follow-up dialog is kept as a draft in the session's live file on every change
and offered again after a crash; the screen writes a heartbeat there every second.

Below 100 columns (``NARROW``) the outline takes the whole width and the current item
folds under it (``-narrow`` in app.tcss).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from textual import work
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from ...domain import Attribute
from ...errors import FeltarbeidError
from ...locale import t
from ...tui.dialogs import ChoiceDialog, Confirm, HelpScreen, TextPrompt
from ...tui.keys import described, localise_bindings
from ..recorder import SessionRecorder
from ..widgets.clock_bar import ClockBar, TimeWarning
from ..widgets.item_panel import ItemPanel
from ..widgets.notes_log import NotesLog
from ..widgets.outline import GuideOutline, section_name

NARROW = 100  # columns: below this the current item folds under the outline


class ItemCommands(Provider):
    """Command palette: find any guide item by its text, id or section."""

    async def search(self, query: str) -> Hits:
        screen = self.screen
        if not isinstance(screen, InterviewScreen):
            return
        matcher = self.matcher(query)
        for section, item in screen.recorder.guide.items():
            haystack = f"{item.id} {item.text}"
            score = matcher.match(haystack)
            if score > 0:
                yield Hit(score, matcher.highlight(haystack),
                          partial(screen.jump_to, item.id), help=section_name(section))

    async def discover(self) -> Hits:
        screen = self.screen
        if not isinstance(screen, InterviewScreen):
            return
        for section, item in screen.recorder.guide.items():
            yield DiscoveryHit(f"{item.id} {item.text}", partial(screen.jump_to, item.id),
                               help=section_name(section))


class ItemSearch(ItemCommands):
    """The items in the ctrl+p palette: found by typing, not listed before (the list
    shows the screen's own commands first; ``g`` lists every item)."""

    async def discover(self) -> Hits:
        return
        yield


class InterviewScreen(Screen[None]):
    COMMANDS = {ItemSearch}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]
    BINDINGS = [
        Binding("a", "ask", "interview.key_asked"),
        Binding("s", "mark('spontaneous')", "interview.key_spontaneous"),
        Binding("x", "mark('skipped')", "interview.key_skipped"),
        Binding("u", "mark('open')", "interview.key_reset", show=False),
        Binding("g", "jump", "interview.key_jump", show=False),
        Binding("n", "note('free')", "interview.key_note"),
        Binding("o", "note('observation')", "interview.key_observation", show=False),
        Binding("b", "bookmark", "interview.key_bookmark", show=False),
        Binding("f", "followup", "interview.key_followup", show=False),
        Binding("v", "attribute", "interview.key_attribute", show=False),
        Binding("d", "document", "interview.key_document", show=False),
        Binding("r", "recording_start", "interview.key_recording", show=False),
        Binding("y", "sync", "interview.key_sync", show=False),
        Binding("e", "end", "interview.key_end"),
        Binding("question_mark", "help", "interview.key_help"),
        Binding("q", "app.pause_quit", "interview.key_quit", show=False),
        Binding("ctrl+t", "app.toggle_dark", "interview.key_theme", show=False),
    ]

    class Ended(Message):
        """The interview was ended (bubbles to the app, which shows the summary)."""

    def __init__(self, recorder: SessionRecorder) -> None:
        super().__init__()
        self.recorder = recorder
        self._say_on_mount: tuple[str, str, float] | None = None
        localise_bindings(self)

    @property
    def state(self) -> Any:
        return self.recorder.state

    def now(self) -> float:
        return self.recorder.clock.now()

    def compose(self):  # type: ignore[no-untyped-def]
        yield ClockBar(id="clock")
        yield TimeWarning(id="warning")
        with Horizontal(id="main"):
            yield GuideOutline(self.recorder.guide, self.state, id="outline")
            with Vertical(id="right"):
                yield ItemPanel(self.recorder.guide, id="item")
                yield NotesLog(id="notes")
        yield Footer()

    def on_mount(self) -> None:
        outline = self.query_one(GuideOutline)
        target = self.state.current or self.state.next_open(None)
        if target:
            outline.move_cursor_to(target)
        outline.focus()
        self._refresh_all()
        self.set_interval(1.0, self._tick)
        if self._say_on_mount is not None:
            self.query_one(NotesLog).say(*self._say_on_mount)
            self._say_on_mount = None
        if self.recorder.draft is not None:  # the app died while a dialog was open
            self.call_after_refresh(self._restore_draft, self.recorder.draft)

    def say(self, message: str, severity: str = "information", timeout: float = 3.0) -> None:
        """A short message in the notes panel's border (where no toast covers the notes)."""
        try:
            notes = self.query_one(NotesLog)
        except NoMatches:  # not composed yet: shown when mounted
            self._say_on_mount = (message, severity, timeout)
            return
        notes.say(message, severity, timeout)

    # -- attributes down ---------------------------------------------------------------------
    def _tick(self) -> None:
        now = self.now()
        self.recorder.beat()
        self.query_one(ClockBar).show(self.state, now)
        self.query_one(TimeWarning).show(self.state, now)
        if self.state.current:  # minutes used on the current theme, in the outline
            self.query_one(GuideOutline).show_item(self.state, self.state.current, now)

    def _refresh_all(self) -> None:
        self._tick()
        self.query_one(ItemPanel).show(self.state, self.state.current)
        self.query_one(NotesLog).show(self.state)

    def _after(self, *item_ids: str | None, notes: bool = False, panel: bool = True) -> None:
        outline = self.query_one(GuideOutline)
        now = self.now()
        for item_id in {i for i in item_ids if i}:
            outline.show_item(self.state, item_id, now)
        self._tick()
        if panel:
            self.query_one(ItemPanel).show(self.state, self.state.current)
        if notes:
            self.query_one(NotesLog).show(self.state)

    def _target(self) -> str | None:
        return self.query_one(GuideOutline).cursor_item or self.state.current

    # -- messages up from the outline ----------------------------------------------------------
    def on_guide_outline_item_chosen(self, event: GuideOutline.ItemChosen) -> None:
        self.jump_to(event.item_id)

    def jump_to(self, item_id: str) -> None:
        """Make ``item_id`` the current item (one key: enter, click, g, command palette)."""
        before = self.state.current
        self.recorder.goto(item_id)
        self.query_one(GuideOutline).move_cursor_to(item_id)
        self._after(before, item_id)

    # -- actions ------------------------------------------------------------------------------
    def action_ask(self) -> None:
        item_id = self._target()
        if item_id is None:
            return
        before = self.state.current
        self.recorder.ask(item_id)
        nxt = self.state.next_in_order(item_id)
        if nxt:
            self.query_one(GuideOutline).move_cursor_to(nxt)
        self._after(before, item_id)

    def action_mark(self, status: str) -> None:
        item_id = self._target()
        if item_id is None:
            return
        self.recorder.mark(item_id, status)
        self._after(item_id)

    def action_jump(self) -> None:
        from ..palette import Palette

        self.app.push_screen(Palette(providers=[ItemCommands],
                                     placeholder=t("interview.jump_placeholder")))

    # -- typed text: notes and follow-ups, kept as drafts until saved ---------------------------
    async def _typed(self, kind: str, title: str, item_id: str | None, *, value: str = "",
                     opened: float | None = None) -> tuple[str | None, float]:
        """Ask for a line of text; every change is kept as a draft (survives a crash)
        until the dialog is saved or cancelled. Returns (text or None, time opened)."""
        opened = self.now() if opened is None else opened
        rec = self.recorder

        def keep(text: str) -> None:
            rec.set_draft(kind, text, item_id=item_id, opened=opened)

        text = await self.app.push_screen_wait(TextPrompt(title, value=value, on_change=keep))
        # saved or cancelled by the interviewer (not when the app is closed around the
        # dialog: then the draft stays and is offered again)
        rec.clear_draft()
        return text, opened

    def _restore_draft(self, draft: dict[str, Any]) -> None:
        kind = draft["kind"]
        if kind == "followup":
            item_id = draft.get("item_id") or self.state.current
            if item_id is None or self.recorder.guide.item(item_id) is None:
                return
            self.action_followup(value=draft["text"], item_id=item_id,
                                 opened=draft.get("opened"))
        else:
            self.action_note(kind, value=draft["text"], opened=draft.get("opened"))

    @work(exclusive=True)
    async def action_note(self, kind: str, *, value: str = "",
                          opened: float | None = None) -> None:
        title = t("interview.note_title" if kind == "free" else "interview.observation_title")
        text, opened = await self._typed(kind, title, self.state.current, value=value,
                                         opened=opened)
        if text:
            self.recorder.note(text, kind, wall=opened)
            self._after(notes=True, panel=False)

    def action_bookmark(self) -> None:
        self.recorder.bookmark()
        self._after(notes=True, panel=False)
        self.say(t("interview.bookmarked"), timeout=2)

    @work(exclusive=True)
    async def action_followup(self, *, value: str = "", item_id: str | None = None,
                              opened: float | None = None) -> None:
        item_id = item_id or self.state.current
        if item_id is None:
            self.say(t("interview.no_current"), "warning")
            return
        text, opened = await self._typed("followup", t("interview.followup_title"), item_id,
                                         value=value, opened=opened)
        if text:
            self.recorder.followup(text, item_id, wall=opened)
            self._after(item_id, notes=True)

    @work(exclusive=True)
    async def action_attribute(self) -> None:
        guide = self.recorder.guide
        candidates = [self.state.current, self._target()]
        item = next((guide.item(i) for i in candidates
                     if i and (it := guide.item(i)) is not None and it.attribute), None)
        if item is None or item.attribute is None:
            self.say(t("interview.no_attribute"), "warning")
            return
        informants = self.state.informants
        code = informants[0]
        if len(informants) > 1:
            code = await self.app.push_screen_wait(ChoiceDialog(
                t("interview.which_informant"), [(c, c) for c in informants]))
            if code is None:
                return
        options = attribute_options(item.attribute)
        title = f"{code}: {item.text}"
        if options is None:
            value = await self.app.push_screen_wait(TextPrompt(title))
        else:
            value = await self.app.push_screen_wait(ChoiceDialog(title, options))
        if value is None:
            return
        try:
            self.recorder.answer(item.id, code, value)
        except FeltarbeidError as exc:
            self.say(exc.what, "error", timeout=6)
            return
        self._after(item.id)
        self.say(t("interview.attribute_saved", code=code, name=item.attribute.name,
                   value=value), timeout=2)

    @work(exclusive=True)
    async def action_document(self) -> None:
        docs = self.state.documents
        doc_id: str | None = None
        text = ""
        if docs:
            choice = await self.app.push_screen_wait(ChoiceDialog(
                t("interview.document_title"),
                [("", t("interview.document_new"))] + [
                    (d["id"], f"{d['id']} · {t('interview.doc_' + d['status'])} · {d['text']}")
                    for d in docs.values()]))
            if choice is None:
                return
            doc_id = choice or None
        if doc_id is None:
            item = self.recorder.guide.item(self.state.current) if self.state.current else None
            text = await self.app.push_screen_wait(TextPrompt(
                t("interview.document_title"), value=item.document_request if item else ""))
            if not text:
                return
        else:
            text = docs[doc_id]["text"]
        status = await self.app.push_screen_wait(ChoiceDialog(
            t("interview.document_status"),
            [(s, t(f"interview.doc_{s}")) for s in ("promised", "received", "refused")]))
        if status is None:
            return
        self.recorder.document(text, status, doc_id,
                               docs[doc_id]["item_id"] if doc_id else None)
        self.say(t("interview.document_saved", status=t(f"interview.doc_{status}")),
                 timeout=2)

    @work(exclusive=True)
    async def action_recording_start(self) -> None:
        if self.state.rec_anchor is not None:
            ok = await self.app.push_screen_wait(Confirm(t("interview.remark_recording")))
            if not ok:
                return
        self.recorder.mark_recording_start()
        self._after()
        self.say(t("interview.recording_marked"), timeout=2)

    @work(exclusive=True)
    async def action_sync(self) -> None:
        opened = self.now()
        raw = await self.app.push_screen_wait(TextPrompt(
            t("interview.sync_title"), placeholder="12:34"))
        if not raw:
            return
        seconds = parse_clock(raw)
        if seconds is None:
            self.say(t("interview.sync_bad", value=raw), "error", timeout=6)
            return
        self.recorder.sync(seconds, wall=opened)
        self._after()

    @work(exclusive=True)
    async def action_end(self) -> None:
        must = len(self.state.open_must())
        question = t("interview.end_confirm")
        if must:
            question += " " + t("interview.end_must_open", n=must)
        if await self.app.push_screen_wait(Confirm(question)):
            self.recorder.end(summary=True)
            self.post_message(self.Ended())

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(described(self), title=t("interview.help_title"),
                                        legend=t("interview.help_glyphs")))


def attribute_options(attr: Attribute) -> list[tuple[str, str]] | None:
    """Options for an attribute answer, or None for free text."""
    if attr.type == "yesno":
        return [("yes", t("interview.answer_yes")), ("no", t("interview.answer_no"))]
    if attr.type == "choice" and attr.choices:
        return [(c, c) for c in attr.choices]
    return None


def parse_clock(raw: str) -> float | None:
    """'h:mm:ss', 'mm:ss' or seconds → seconds; None if it is not a time."""
    parts = raw.strip().split(":")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    if not numbers or len(numbers) > 3 or any(n < 0 for n in numbers):
        return None
    total = 0.0
    for n in numbers:
        total = total * 60 + n
    return total
