"""``feltarbeid anonymise review``: walk through the unsure hits with their context, and
the indirect identifiers with their suggested wording.

Small widgets, the interview app's look (theme variables only; CSS in review_app.tcss):
a header line with the position, the passage with the hit highlighted, and a status line.

Two modes. Name hits: a accept, r reject, A always / N never for this word in the study.
Indirect identifiers ("rådmannen i Asker", "vi er 14 ansatte"): a accept the suggested
wording, e edit the wording (enter saves, esc cancels), d (or r) keep the passage as it
is. Both: j/k next/previous, i / n switch to indirect identifiers / name hits, q quit.
The app starts with the name hits if there are any, and goes on to the indirect
identifiers when the names are done. Decisions are stored at once; the next
``feltarbeid anonymise`` applies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Input, Static

from ..locale import t
from ..store import anonymisation as db
from ..store import indirect as idb
from ..store import transcripts as tstore

if TYPE_CHECKING:
    from ..study import Study

CONTEXT_CHARS = 160
NAMES, INDIRECT = "names", "indirect"


class WordingInput(Input):
    """The wording of an indirect identifier being edited; esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def action_cancel(self) -> None:
        app = self.app
        if isinstance(app, ReviewApp):
            app.stop_editing()


class ReviewApp(App[None]):
    CSS_PATH = "review_app.tcss"
    BINDINGS = [
        Binding("a", "decide('accepted')", "accept"),
        Binding("r", "decide('rejected')", "reject"),
        Binding("A", "decide('always')", "always"),
        Binding("N", "decide('never')", "never"),
        Binding("e", "edit", "edit", show=False),
        Binding("d", "decide('dismissed')", "keep", show=False),
        Binding("i", "mode('indirect')", "indirect", show=False),
        Binding("n", "mode('names')", "names", show=False),
        Binding("j,down", "move(1)", "next"),
        Binding("k,up", "move(-1)", "previous"),
        Binding("q,escape", "quit", "quit"),
    ]

    def __init__(self, study: Study, *, transcript_id: int | None = None,
                 passphrase: str | None = None, mode: str | None = None) -> None:
        super().__init__()
        self.study = study
        self.passphrase = passphrase
        self.items = db.queue(study.store, transcript_id=transcript_id)
        self.flags = idb.flags(study.store, transcript_id=transcript_id)
        self.mode = mode or (NAMES if self.items or not self.flags else INDIRECT)
        self.index = 0
        self.flag_index = 0
        self.decided = 0
        self.status: dict[int, str] = {}
        self.flag_status: dict[int, str] = {}
        self._segments: dict[int, dict[int, str]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            yield Static("", id="review-title")
            yield Static("", id="review-position")
            yield Static("", id="review-context")
            yield Static("", id="review-suggestion")
            yield WordingInput(id="review-wording", disabled=True)
            yield Static("", id="review-status")
            yield Static("", id="review-help")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def _text(self, version_id: int | None, seg_idx: int) -> str:
        if version_id is None:
            return ""
        if version_id not in self._segments:
            self._segments[version_id] = {
                s.idx: s.text for s in tstore.segments(self.study.store, version_id)}
        return self._segments[version_id].get(seg_idx, "")

    def _highlighted(self, text: str, start: int, end: int) -> Text:
        lo = max(0, start - CONTEXT_CHARS)
        hi = min(len(text), end + CONTEXT_CHARS)
        ctx = Text("…" if lo else "")
        ctx.append(text[lo:start])
        ctx.append(text[start:end], style="bold reverse")
        ctx.append(text[end:hi])
        ctx.append("…" if hi < len(text) else "")
        return ctx

    def show(self) -> None:
        if self.mode == INDIRECT:
            self._show_flag()
        else:
            self._show_item()

    def _show_item(self) -> None:
        if not self.items:
            self.exit()
            return
        self.title = t("anonymise.review_title")
        self.query_one("#review-title", Static).update(t("anonymise.review_title"))
        help_text = t("anonymise.review_help")
        if self.flags:
            help_text += " · " + t("indirect.review_switch", n=len(self.flags))
        self.query_one("#review-help", Static).update(help_text)
        self.query_one("#review-suggestion", Static).update("")
        item = self.items[self.index]
        self.query_one("#review-position", Static).update(t(
            "anonymise.review_position", n=self.index + 1, total=len(self.items),
            transcript=item.transcript_id, segment=item.seg_idx, label=item.label,
            confidence=f"{item.confidence:.2f}"))
        text = self._text(item.source_version, item.seg_idx)
        self.query_one("#review-context", Static).update(
            self._highlighted(text, item.start, item.end))
        self._status(self.status.get(item.id, ""), "anonymise")

    def _show_flag(self) -> None:
        if not self.flags:
            self.exit()
            return
        self.title = t("indirect.review_title")
        self.query_one("#review-title", Static).update(t("indirect.review_title"))
        self.query_one("#review-help", Static).update(t("indirect.review_help"))
        flag = self.flags[self.flag_index]
        self.query_one("#review-position", Static).update(t(
            "indirect.review_position", n=self.flag_index + 1, total=len(self.flags),
            transcript=flag.transcript_id, segment=flag.seg_idx,
            kind=t(f"indirect.kind_{flag.kind}")))
        text = self._text(flag.source_version, flag.seg_idx)
        self.query_one("#review-context", Static).update(
            self._highlighted(text, flag.start, flag.end))
        self.query_one("#review-suggestion", Static).update(
            Text(t("indirect.review_suggestion", suggestion=flag.wording or flag.suggestion)))
        self._status(self.flag_status.get(flag.id, ""), "indirect")

    def _status(self, state: str, area: str) -> None:
        status = self.query_one("#review-status", Static)
        key = f"indirect.status_{state}" if area == "indirect" else f"anonymise.status_{state}"
        status.update(t(key) if state else "")
        status.set_class(bool(state), "-decided")

    # -- actions -----------------------------------------------------------------------
    def action_mode(self, mode: str) -> None:
        if (self.items if mode == NAMES else self.flags) and mode != self.mode:
            self.mode = mode
            self.show()

    def action_move(self, step: int) -> None:
        if self.mode == INDIRECT and self.flags:
            self.flag_index = (self.flag_index + step) % len(self.flags)
        elif self.mode == NAMES and self.items:
            self.index = (self.index + step) % len(self.items)
        else:
            return
        self.show()

    def action_decide(self, decision: str) -> None:
        if self.mode == INDIRECT:
            if decision in ("accepted", "rejected", "dismissed"):
                self._decide_flag("accepted" if decision == "accepted" else "dismissed")
            return
        if decision == "dismissed":
            return
        from .apply import decide

        if not self.items:
            return
        item = self.items[self.index]
        decide(self.study, item.id, decision, passphrase=self.passphrase)
        if item.id not in self.status:
            self.decided += 1
        self.status[item.id] = decision
        self._next(self.items, self.status, "index")

    def action_edit(self) -> None:
        if self.mode != INDIRECT or not self.flags:
            return
        flag = self.flags[self.flag_index]
        box = self.query_one("#review-wording", WordingInput)
        box.value = flag.wording or flag.suggestion
        box.disabled = False
        box.display = True
        self.query_one("#review-suggestion", Static).update(t("indirect.review_wording"))
        box.focus()

    def stop_editing(self) -> None:
        box = self.query_one("#review-wording", WordingInput)
        box.display = False
        box.disabled = True
        self.set_focus(None)
        self.show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        wording = event.value.strip()
        self.stop_editing()
        if wording:
            self._decide_flag("accepted", wording)

    def _decide_flag(self, decision: str, wording: str | None = None) -> None:
        from .apply import decide_indirect

        if not self.flags:
            return
        flag = self.flags[self.flag_index]
        self.flags[self.flag_index] = decide_indirect(self.study, flag.id, decision,
                                                      wording=wording)
        if flag.id not in self.flag_status:
            self.decided += 1
        self.flag_status[flag.id] = decision
        self._next(self.flags, self.flag_status, "flag_index")

    def _next(self, entries: Sequence[Any], decided: dict[int, str], index_name: str) -> None:
        """On to the next undecided entry; the other mode when these are done; quit when
        both are."""
        if len(decided) == len(entries):
            other_left = (len(self.flag_status) < len(self.flags) if self.mode == NAMES
                          else len(self.status) < len(self.items))
            if other_left:
                self.mode = INDIRECT if self.mode == NAMES else NAMES
                self.show()
                return
            self.show()
            self.exit()
            return
        current = getattr(self, index_name)
        for step in range(1, len(entries) + 1):
            nxt = (current + step) % len(entries)
            if entries[nxt].id not in decided:
                setattr(self, index_name, nxt)
                break
        self.show()
