"""The passages around the one being edited: before it (bottom-aligned) and after it.

A 2-hour transcript has about 1 500 passages; these views draw only the lines that fit
(``render_line``), from the passages next to the current one, so opening and moving cost
the same at any length. A click on a line posts ``Clicked`` (go to that passage); the
mouse wheel posts ``Wheel``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from ..draft import Draft
from ..render import GUTTER, Look, body, gutter


class ContextView(Widget):
    """``side`` is ``"before"`` or ``"after"`` the current passage."""

    class Clicked(Message):
        def __init__(self, passage: int) -> None:
            self.passage = passage
            super().__init__()

    class Wheel(Message):
        def __init__(self, step: int) -> None:
            self.step = step
            super().__init__()

    def __init__(self, side: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.side = side
        self.draft: Draft | None = None
        self.current = 0
        self.heard: tuple[int, tuple[int, int] | None] | None = None
        self.look = Look.from_theme(None)
        self.names: Callable[[int], Sequence[object]] = lambda p: ()
        self.item_label: Callable[[str | None], str] = lambda item: item or ""
        self.unsure_below = 0.5
        self._lines: list[tuple[Strip, int]] | None = None
        self._cache: dict[tuple[Any, ...], list[Text]] = {}
        self._revision = -1

    # -- attributes down -------------------------------------------------------------------
    def show(self, draft: Draft, current: int, *,
             heard: tuple[int, tuple[int, int] | None] | None = None) -> None:
        if draft.revision != self._revision or draft is not self.draft:
            self._cache.clear()
            self._revision = draft.revision
        changed = (draft is not self.draft or current != self.current or heard != self.heard
                   or self._lines is None)
        self.draft, self.current, self.heard = draft, current, heard
        if changed:
            self._lines = None
            self.refresh()

    def forget(self) -> None:
        """Names or styles changed: draw everything again."""
        self._cache.clear()
        self._lines = None
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------
    def on_resize(self) -> None:
        self._lines = None

    def render_line(self, y: int) -> Strip:
        if self._lines is None:
            self._lines = self._build()
        width = self.size.width
        if 0 <= y < len(self._lines):
            return self._lines[y][0].crop_extend(0, width, None)
        return Strip.blank(width)

    def _build(self) -> list[tuple[Strip, int]]:
        draft = self.draft
        height, width = self.size.height, self.size.width
        if draft is None or height <= 0 or width <= 0:
            return []
        console = self.app.console
        lines: list[tuple[Text, int]] = []
        if self.side == "after":
            p = self.current + 1
            while len(lines) < height and p < len(draft):
                lines.extend((t, p) for t in self._passage(p, width))
                p += 1
            lines = lines[:height]
        else:
            p = self.current - 1
            while len(lines) < height and p >= 0:
                lines[0:0] = [(t, p) for t in self._passage(p, width)]
                p -= 1
            lines = lines[-height:]
            lines[0:0] = [(Text(""), -1)] * (height - len(lines))
        return [(Strip(list(text.render(console)), text.cell_len), p) for text, p in lines]

    def _passage(self, p: int, width: int) -> list[Text]:
        assert self.draft is not None
        heard = self.heard[1] if self.heard and self.heard[0] == p else None
        is_heard = bool(self.heard and self.heard[0] == p)
        key = (p, width, is_heard, heard)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        seg = self.draft[p]
        out: list[Text] = []
        before = self.draft[p - 1].item_id if p > 0 else None
        if seg.item_id and seg.item_id != before:
            label = Text("── " + self.item_label(seg.item_id), style=self.look.item)
            label.truncate(width)
            out.append(label)
        text = body(seg, self.look, names=self.names(p), unsure_below=self.unsure_below,
                    heard=heard)
        parts = text.wrap(self.app.console, max(8, width - GUTTER)) or [Text("")]
        for i, part in enumerate(parts):
            prefix = gutter(seg, self.look, heard=is_heard) if i == 0 else Text(" " * GUTTER)
            prefix.truncate(GUTTER, pad=True)
            prefix.append_text(part)
            out.append(prefix)
        self._cache[key] = out
        return out

    # -- messages up -----------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        lines = self._lines or []
        if 0 <= event.y < len(lines) and lines[event.y][1] >= 0:
            event.stop()
            self.post_message(self.Clicked(lines[event.y][1]))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.post_message(self.Wheel(1))

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.post_message(self.Wheel(-1))
