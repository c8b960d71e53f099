"""``feltarbeid anonymise review``: walk through the unsure hits with their context.

Small widgets, the interview app's look (theme variables only; CSS in review_app.tcss):
a header line with the position, the passage with the hit highlighted, and a status line.
Keys: a accept, r reject, A always / N never for this word in the study, j/k next/previous,
q quit. Decisions are stored at once; the next ``feltarbeid anonymise`` applies them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Static

from ..locale import t
from ..store import anonymisation as db
from ..store import transcripts as tstore

if TYPE_CHECKING:
    from ..study import Study

CONTEXT_CHARS = 160


class ReviewApp(App[None]):
    CSS_PATH = "review_app.tcss"
    BINDINGS = [
        Binding("a", "decide('accepted')", "accept"),
        Binding("r", "decide('rejected')", "reject"),
        Binding("A", "decide('always')", "always"),
        Binding("N", "decide('never')", "never"),
        Binding("j,down", "move(1)", "next"),
        Binding("k,up", "move(-1)", "previous"),
        Binding("q,escape", "quit", "quit"),
    ]

    def __init__(self, study: Study, *, transcript_id: int | None = None,
                 passphrase: str | None = None) -> None:
        super().__init__()
        self.study = study
        self.passphrase = passphrase
        self.items = db.queue(study.store, transcript_id=transcript_id)
        self.index = 0
        self.decided = 0
        self.status: dict[int, str] = {}
        self._segments: dict[int, dict[int, str]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            yield Static(t("anonymise.review_title"), id="review-title")
            yield Static("", id="review-position")
            yield Static("", id="review-context")
            yield Static("", id="review-status")
            yield Static(t("anonymise.review_help"), id="review-help")
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("anonymise.review_title")
        self.show()

    def _text(self, version_id: int, seg_idx: int) -> str:
        if version_id not in self._segments:
            self._segments[version_id] = {
                s.idx: s.text for s in tstore.segments(self.study.store, version_id)}
        return self._segments[version_id].get(seg_idx, "")

    def show(self) -> None:
        if not self.items:
            self.exit()
            return
        item = self.items[self.index]
        self.query_one("#review-position", Static).update(t(
            "anonymise.review_position", n=self.index + 1, total=len(self.items),
            transcript=item.transcript_id, segment=item.seg_idx, label=item.label,
            confidence=f"{item.confidence:.2f}"))
        text = self._text(item.source_version, item.seg_idx)
        lo = max(0, item.start - CONTEXT_CHARS)
        hi = min(len(text), item.end + CONTEXT_CHARS)
        ctx = Text("…" if lo else "")
        ctx.append(text[lo:item.start])
        ctx.append(text[item.start:item.end], style="bold reverse")
        ctx.append(text[item.end:hi])
        ctx.append("…" if hi < len(text) else "")
        self.query_one("#review-context", Static).update(ctx)
        state = self.status.get(item.id, "")
        status = self.query_one("#review-status", Static)
        status.update(t(f"anonymise.status_{state}") if state else "")
        status.set_class(bool(state), "-decided")

    def action_move(self, step: int) -> None:
        if self.items:
            self.index = (self.index + step) % len(self.items)
            self.show()

    def action_decide(self, decision: str) -> None:
        from .apply import decide

        if not self.items:
            return
        item = self.items[self.index]
        decide(self.study, item.id, decision, passphrase=self.passphrase)
        if item.id not in self.status:
            self.decided += 1
        self.status[item.id] = decision
        if len(self.status) == len(self.items):
            self.show()
            self.exit()
            return
        # on to the next undecided hit
        for step in range(1, len(self.items) + 1):
            nxt = (self.index + step) % len(self.items)
            if self.items[nxt].id not in self.status:
                self.index = nxt
                break
        self.show()
