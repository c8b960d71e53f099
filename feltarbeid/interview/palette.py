"""The command palette (ctrl+p) in the study's language.

Textual's palette speaks English ("Search for commands…", "No matches found", and system
commands such as "Quit the application as soon as possible"). Here it is replaced:
``Palette`` is Textual's palette with every word it shows translated, and the commands it
offers are the app's own — every key of the screen it was opened from (``KeyCommands``,
named as in the footer and the ``?`` help) plus, on the interview screen, every guide
item by its text (``interview.ItemCommands``). Textual's system commands are not offered.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.binding import Binding
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from ..locale import t
from ..tui.keys import described_bindings, localise_bindings


class Palette(CommandPalette):
    BINDINGS = [
        Binding("ctrl+end, shift+end", "command_list('last')", "interview.palette_last",
                show=False),
        Binding("ctrl+home, shift+home", "command_list('first')", "interview.palette_first",
                show=False),
        Binding("down", "cursor_down", "interview.palette_next", show=False),
        Binding("escape", "escape", "interview.palette_close"),
        Binding("pagedown", "command_list('page_down')", "interview.palette_page_down",
                show=False),
        Binding("pageup", "command_list('page_up')", "interview.palette_page_up", show=False),
        Binding("up", "command_list('cursor_up')", "interview.palette_previous", show=False),
    ]

    def __init__(self, providers: Any = None, *, placeholder: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(providers, placeholder=placeholder or t("interview.palette_search"),
                         **kwargs)
        localise_bindings(self)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's own, with its one English sentence translated."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(t("interview.palette_no_matches"), style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class KeyCommands(Provider):
    """The keys of the screen the palette was opened from, as commands."""

    def _commands(self) -> list[tuple[str, str, Any]]:
        screen = self.screen
        return [(desc, keys, partial(screen.run_action, action))
                for keys, desc, action in described_bindings(screen)]

    async def discover(self) -> Hits:
        for desc, keys, run in self._commands():
            yield DiscoveryHit(desc, run, help=keys)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for desc, keys, run in self._commands():
            score = matcher.match(desc)
            if score > 0:
                yield Hit(score, matcher.highlight(desc), run, help=keys)
