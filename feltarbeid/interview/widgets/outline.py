"""The guide as a navigable outline: sections with counts, items with status glyphs.

A section is a row with the heading its author wrote (label and title). A part the author
gave no heading (a closing question outside any theme, an unlabelled introduction) has no
row: its items stand at the top level, as in the guide."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.geometry import Region
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
        self.guide_depth = 3  # narrow guides: the question keeps the width
        self._item_nodes: dict[str, TreeNode[str]] = {}
        self._section_nodes: dict[str, TreeNode[str]] = {}
        self._item_section: dict[str, str] = {}
        # built with the labels of ``state`` at once: no relabelling of every node on mount
        counts = {c.section.id: c for c in state.counts()} if state is not None else {}
        for section in guide.sections:
            parent = self.root
            if section.display_title:
                c = counts.get(section.id)
                parent = self.root.add(section_label(c) if c else section.display_title,
                                       data=f"s:{section.id}", expand=True)
                self._section_nodes[section.id] = parent
            for item in section.items:
                label = (item_label(item, state.status[item.id], item.id == state.current)
                         if state is not None else item.text)
                self._item_nodes[item.id] = parent.add_leaf(label, data=item.id)
                self._item_section[item.id] = section.id

    # -- attributes down -------------------------------------------------------------------
    def show_state(self, state: SessionState, now: float | None = None) -> None:
        for c in state.counts(now):
            if c.section.id in self._section_nodes:
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
        if sid in self._section_nodes:
            for c in state.counts(now):
                if c.section.id == sid:
                    _relabel(self._section_nodes[sid], section_label(c))

    def move_cursor_to(self, item_id: str) -> None:
        node = self._item_nodes.get(item_id)
        if node is not None:
            self.move_cursor(node)
            self.call_after_refresh(self.reveal, item_id)

    def reveal(self, item_id: str) -> None:
        """Scroll so that the item is in view together with its section's heading when
        both fit (at the start: the top of the guide, first heading included)."""
        node = self._item_nodes.get(item_id)
        if node is None or node.line < 0:
            return
        section = self._section_nodes.get(self._item_section.get(item_id, ""))
        top = section.line if section is not None and section.line >= 0 else node.line
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        if node.line - top >= height:
            top = node.line
        self.scroll_to_region(Region(0, top, 1, node.line - top + 1), animate=False,
                              force=True, x_axis=False)

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
    text = Text(s.label or s.title, style="bold")
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
    """The author's label and title; a part without either is named by its kind in
    brackets, "(Avslutning)", for the app's own lists (the palette, the summary table),
    never as a heading of the guide."""
    return s.display_title or f"({t(f'interview.section_{s.kind}')})"
