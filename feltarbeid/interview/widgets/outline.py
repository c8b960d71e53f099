"""The guide as a navigable outline: sections with counts, items with status glyphs."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ...domain import Guide, Item, Section
from ...locale import t
from ...timeutil import format_clock
from ..state import GLYPHS, SectionCount, SessionState


class GuideOutline(Tree[str]):
    """Tree of sections and items. Enter (or a click) on an item posts ``ItemChosen``."""

    class ItemChosen(Message):
        def __init__(self, item_id: str) -> None:
            self.item_id = item_id
            super().__init__()

    def __init__(self, guide: Guide, state: SessionState | None = None, **kwargs: Any) -> None:
        super().__init__(guide.title, data="", **kwargs)
        self.guide = guide
        self.show_root = False
        self.auto_expand = False
        self.guide_cursor_line = 0
        self._item_nodes: dict[str, TreeNode[str]] = {}
        self._section_nodes: dict[str, TreeNode[str]] = {}
        self._current: str | None = None
        # built with the labels of ``state`` at once: no relabelling of every node on mount
        counts = {c.section.id: c for c in state.counts()} if state is not None else {}
        for section in guide.sections:
            c = counts.get(section.id)
            snode = self.root.add(section_label(c) if c else section_name(section),
                                  data=f"s:{section.id}", expand=True)
            self._section_nodes[section.id] = snode
            for item in section.items:
                label = (item_label(item, state.status[item.id], item.id == state.current)
                         if state is not None else item.text)
                self._item_nodes[item.id] = snode.add_leaf(label, data=item.id)

    # -- attributes down -------------------------------------------------------------------
    def show_state(self, state: SessionState, now: float | None = None) -> None:
        self._current = state.current
        for c in state.counts(now):
            _relabel(self._section_nodes[c.section.id], section_label(c))
            for item in c.section.items:
                _relabel(self._item_nodes[item.id],
                         item_label(item, state.status[item.id], item.id == state.current))

    def show_item(self, state: SessionState, item_id: str, now: float | None = None) -> None:
        """Refresh one item and its section (cheap: what a keystroke changes)."""
        sid = state.section_id_of(item_id)
        if sid is None:
            return
        item = self.guide.item(item_id)
        if item is not None:
            _relabel(self._item_nodes[item_id],
                     item_label(item, state.status[item_id], item_id == state.current))
        for c in state.counts(now):
            if c.section.id == sid:
                _relabel(self._section_nodes[sid], section_label(c))

    def move_cursor_to(self, item_id: str) -> None:
        node = self._item_nodes.get(item_id)
        if node is not None:
            self.move_cursor(node)

    @property
    def cursor_item(self) -> str | None:
        node = self.cursor_node
        if node is None or node.data is None or node.data.startswith("s:") or not node.data:
            return None
        return node.data

    # -- messages up -----------------------------------------------------------------------
    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        data = event.node.data
        if data and not data.startswith("s:"):
            event.stop()
            self.post_message(self.ItemChosen(data))


def _relabel(node: TreeNode[str], label: Text) -> None:
    """Set a label only when it changed (the clock refreshes labels every second)."""
    if node.label.markup != label.markup:
        node.set_label(label)


def item_label(item: Item, status: str, current: bool) -> Text:
    text = Text()
    text.append(GLYPHS[status], style=_STYLE[status])
    text.append("!" if item.must_ask else " ", style="bold")
    text.append(" ")
    dim = "dim" if status != "open" else ""
    text.append(item.text, style="bold reverse" if current else dim)
    return text


_STYLE = {"open": "", "asked": "green", "spontaneous": "cyan", "skipped": "yellow"}


def section_label(c: SectionCount) -> Text:
    s: Section = c.section
    text = Text(s.label or section_name(s), style="bold")
    text.append(f" {c.covered}/{c.total}", style="")
    if s.planned_minutes:
        used = c.used_seconds / 60
        style = "yellow" if used > s.planned_minutes else "dim"
        text.append(f" {used:.0f}/{s.planned_minutes:g}m", style=style)
    elif c.used_seconds:
        text.append(f" {format_clock(c.used_seconds)}", style="dim")
    if c.must_open:
        text.append(f" !{c.must_open}", style="bold")
    if s.label and s.title:
        text.append(f" {s.title}", style="bold")
    return text


def section_name(s: Section) -> str:
    """The author's label and title, or the kind of section when the guide names none."""
    return s.display_title or t(f"interview.section_{s.kind}")
