"""The transcript workbench app: one screen over one ``Workbench`` (see ``session``)."""

from __future__ import annotations

from typing import Any

from textual.app import App

from ..locale import t
from ..tui.dialogs import CSS as DIALOG_CSS
from .audio import Audio
from .screens.edit import EditScreen
from .session import Workbench

__all__ = ["WorkbenchApp"]


class WorkbenchApp(App[None]):
    CSS_PATH = ["app.tcss", DIALOG_CSS]
    TITLE = "feltarbeid"
    ENABLE_COMMAND_PALETTE = False  # ctrl+p marks a pause here

    def __init__(self, workbench: Workbench, *, audio: Audio | None = None,
                 output: Any = None, passphrase: str | None = None) -> None:
        """``audio``: a ready ``Audio`` (tests, benchmarks); else the recording is opened
        beside the screen, on ``output`` (None: the system's sound device)."""
        super().__init__()
        self.workbench = workbench
        self.audio = audio
        self.output = output
        self.passphrase = passphrase
        self.theme = "textual-dark"

    def on_mount(self) -> None:
        self.title = t("workbench.app_title", id=self.workbench.info.transcript_id)
        self.push_screen(EditScreen(self.workbench, audio=self.audio, output=self.output))

    async def action_quit(self) -> None:
        """ctrl+q: the screen asks about unsaved edits first (a dialog open: close it)."""
        if isinstance(self.screen, EditScreen):
            await self.screen.run_action("quit")

    def on_unmount(self) -> None:
        self.workbench.close()  # the screen stopped the sound when it went (finish)
