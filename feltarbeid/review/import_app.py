"""A Textual screen to decide on an answer: one card per change (corrections as a word
diff, deletions, additions, comments); ``a`` accept, ``r`` reject, ``A``/``R`` all but the
deletions (each is decided alone), ``s`` save the decisions, ``q`` leave without deciding
(the answer stays 'answered')."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, ListItem, ListView, Static

from .. import locale
from ..textdiff import word_diff
from .diff import Change


def change_text(change: Change, decision: bool | None) -> Text:
    kind = locale.t(f"review.kind_{change.kind}")
    mark = {True: "✔ ", False: "✘ ", None: "? "}[decision] if change.decidable else "· "
    head = f"{mark}{kind}"
    if change.passage is not None:
        head += f"  [{change.passage}] {change.label} {change.clock}"
    text = Text(head + "\n", style="bold")
    if change.kind == "deletion":
        text.append(locale.t("review.cli_deletion_explained") + "\n")
        text.append(change.before, style="red strike")
    elif change.kind == "correction":
        for op, words in word_diff(change.before, change.after):
            style = {" ": "", "-": "red strike", "+": "green bold"}[op]
            text.append(words + " ", style=style)
    else:
        text.append(change.after)
    return text


class ImportApp(App[dict[int, bool] | None]):
    CSS_PATH = "import_app.tcss"
    TITLE = "feltarbeid review import"
    BINDINGS = [
        Binding("a", "decide(True)", "accept"),
        Binding("r", "decide(False)", "reject"),
        Binding("A", "decide_all(True)", "accept all"),
        Binding("R", "decide_all(False)", "reject all"),
        Binding("s", "save", "save"),
        Binding("q", "leave", "quit"),
        Binding("escape", "leave", show=False),
    ]

    def __init__(self, changes: list[Change], summary: str) -> None:
        super().__init__()
        self.changes = changes
        self.summary = summary
        self.decisions: dict[int, bool | None] = {c.index: None for c in changes if c.decidable}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.summary, id="summary")
        yield ListView(*[self._item(c) for c in self.changes], id="changes")
        yield Static(locale.t("review.tui_help"), id="help")
        yield Footer()

    def _item(self, change: Change) -> ListItem:
        item = ListItem(Static(change_text(change, self.decisions.get(change.index)),
                               classes="change"), id=f"change-{change.index}")
        if not change.decidable:
            item.add_class("info")
        return item

    def _refresh(self, change: Change) -> None:
        item = self.query_one(f"#change-{change.index}", ListItem)
        decision = self.decisions.get(change.index)
        item.query_one(Static).update(change_text(change, decision))
        item.set_class(decision is True, "accepted")
        item.set_class(decision is False, "rejected")

    def _current(self) -> Change | None:
        index = self.query_one(ListView).index
        return self.changes[index] if index is not None and index < len(self.changes) else None

    def action_decide(self, accept: bool) -> None:
        change = self._current()
        if change is None or not change.decidable:
            return
        self.decisions[change.index] = accept
        self._refresh(change)
        view = self.query_one(ListView)
        if view.index is not None and view.index < len(self.changes) - 1:
            view.index += 1

    def action_decide_all(self, accept: bool) -> None:
        """Every correction and addition; a deletion only by itself (``a``/``r``)."""
        for change in self.changes:
            if change.decidable and change.kind != "deletion":
                self.decisions[change.index] = accept
                self._refresh(change)

    def action_save(self) -> None:
        undecided = [i for i, d in self.decisions.items() if d is None]
        if undecided:
            self.notify(locale.plural("review.tui_undecided", len(undecided)), severity="warning")
            return
        self.exit({i: bool(d) for i, d in self.decisions.items()})

    def action_leave(self) -> None:
        self.exit(None)
