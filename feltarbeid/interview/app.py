"""The interview app: before → during → after, over one ``SessionRecorder``."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import Binding

from ..domain import Guide
from ..errors import FeltarbeidError
from ..locale import t
from ..tui.dialogs import CSS as DIALOG_CSS
from ..tui.keys import localise_bindings
from .clock import Clock
from .palette import KeyCommands, Palette
from .recorder import SessionRecorder
from .screens.before import BeforeScreen, Prefill
from .screens.interview import InterviewScreen

__all__ = ["InterviewApp", "Prefill"]


class InterviewApp(App[None]):
    CSS_PATH = ["app.tcss", DIALOG_CSS]
    TITLE = "feltarbeid"
    ENABLE_COMMAND_PALETTE = True
    # the palette in the study's language, offering the app's own commands (palette.py)
    COMMANDS = {KeyCommands}
    BINDINGS = [Binding("ctrl+p", "command_palette", "interview.key_palette", show=False,
                        priority=True)]

    def __init__(self, study: Any, guide: Guide, *, recorder: SessionRecorder | None = None,
                 prefill: Prefill | None = None, clock: Clock | None = None) -> None:
        super().__init__()
        self.study = study
        self.guide = guide
        self.recorder = recorder
        self.prefill = prefill
        self.clock = clock or (recorder.clock if recorder else None)
        self.theme = "textual-dark"
        localise_bindings(self)

    def on_mount(self) -> None:
        self.title = t("interview.app_title")
        rec = self.recorder
        if rec is None:
            self.push_screen(BeforeScreen(self.study, self.guide, self.prefill))
        elif rec.state.ended:
            self.show_summary()
        else:
            screen = InterviewScreen(rec)
            self.push_screen(screen)
            gaps = rec.state.gaps
            if gaps:
                from ..timeutil import format_clock

                screen.say(t("interview.resumed", id=rec.session_id,
                             gap=format_clock(gaps[-1][1])), timeout=4)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    # -- messages from the screens ----------------------------------------------------------
    def on_before_screen_start(self, message: BeforeScreen.Start) -> None:
        try:
            self.recorder = SessionRecorder.start(self.study, self.guide, message.setup,
                                                  clock=self.clock)
        except FeltarbeidError as exc:
            self.notify(exc.what, severity="error")
            return
        self.switch_screen(InterviewScreen(self.recorder))

    def on_interview_screen_ended(self, message: InterviewScreen.Ended) -> None:
        self.show_summary(switch=True)

    def show_summary(self, *, switch: bool = False) -> None:
        from .screens.summary import SummaryScreen  # (its table widget: only when needed)

        assert self.recorder is not None
        screen = SummaryScreen(self.recorder.state)
        if switch:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    # -- actions -----------------------------------------------------------------------------
    def action_pause_quit(self) -> None:
        """Leave the interview for now: a pause event closes the clock gap cleanly."""
        if self.recorder is not None:
            self.recorder.pause()
        self.exit()

    async def action_quit(self) -> None:
        rec = self.recorder
        if rec is not None:
            if rec.state.ended:
                rec.summary_closed()  # the summary was seen: the next run starts anew
            else:
                rec.pause()
        self.exit()

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def on_unmount(self) -> None:
        if self.recorder is not None:
            self.recorder.close()
