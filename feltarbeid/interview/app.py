"""The interview app: before → during → after, over one ``SessionRecorder``."""

from __future__ import annotations

from typing import Any

from textual.app import App

from ..domain import Guide
from ..errors import FeltarbeidError
from ..locale import t
from ..tui.dialogs import CSS as DIALOG_CSS
from .clock import Clock
from .recorder import SessionRecorder
from .screens.before import BeforeScreen, Prefill
from .screens.interview import InterviewScreen
from .screens.summary import SummaryScreen

__all__ = ["InterviewApp", "Prefill"]


class InterviewApp(App[None]):
    CSS_PATH = ["app.tcss", DIALOG_CSS]
    TITLE = "feltarbeid"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, study: Any, guide: Guide, *, recorder: SessionRecorder | None = None,
                 prefill: Prefill | None = None, clock: Clock | None = None) -> None:
        super().__init__()
        self.study = study
        self.guide = guide
        self.recorder = recorder
        self.prefill = prefill
        self.clock = clock or (recorder.clock if recorder else None)
        self.theme = "textual-dark"

    def on_mount(self) -> None:
        self.title = t("interview.app_title")
        rec = self.recorder
        if rec is None:
            self.push_screen(BeforeScreen(self.study, self.guide, self.prefill))
        elif rec.state.ended:
            self.push_screen(SummaryScreen(rec.state))
        else:
            self.push_screen(InterviewScreen(rec))
            gaps = rec.state.gaps
            if gaps:
                from ..timeutil import format_clock

                self.notify(t("interview.resumed", id=rec.session_id,
                              gap=format_clock(gaps[-1][1])), timeout=4)

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
        assert self.recorder is not None
        self.switch_screen(SummaryScreen(self.recorder.state))

    # -- actions -----------------------------------------------------------------------------
    def action_pause_quit(self) -> None:
        """Leave the interview for now: a pause event closes the clock gap cleanly."""
        if self.recorder is not None:
            self.recorder.pause()
        self.exit()

    async def action_quit(self) -> None:
        if self.recorder is not None:
            self.recorder.pause()
        self.exit()

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def on_unmount(self) -> None:
        if self.recorder is not None:
            self.recorder.close()
