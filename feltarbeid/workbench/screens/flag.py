"""One indirect identifier: what was said, its kind, the suggested wording and the decision
so far; one key each to accept the suggestion (a), edit the wording (e), keep the passage
as said (d) or make it undecided again (o) — the keys of ``anonymise review``. A preview (a
flag not stored yet) shows the same without the keys. Returns the decision
(``"accepted"``, ``"edit"``, ``"dismissed"``, ``"open"``) or None.
"""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, Static

from ...locale import t
from ...tui.dialogs import CANCEL, _Dialog
from ...tui.keys import localise_bindings
from ..marks import PREVIEW, FlagMark


class FlagDialog(_Dialog):
    BINDINGS = [
        *CANCEL,
        Binding("a", "decide('accepted')", "workbench.flag_key_accept"),
        Binding("e", "decide('edit')", "workbench.flag_key_edit"),
        Binding("d,r", "decide('dismissed')", "workbench.flag_key_dismiss"),
        Binding("o", "decide('open')", "workbench.flag_key_reopen"),
    ]

    def __init__(self, flag: FlagMark, said: str, *, number: int) -> None:
        super().__init__()
        self.flag = flag
        self.said = said
        self.number = number
        localise_bindings(self)

    def compose(self):  # type: ignore[no-untyped-def]
        f = self.flag
        with Vertical(classes="dialog flag"):
            yield Label(escape(t("workbench.flag_title", kind=t(f"indirect.kind_{f.kind}"),
                                 n=self.number)), classes="dialog-title")
            said = Text("«")
            said.append(self.said, style="bold")
            said.append("»")
            yield Static(said, id="flag-said")
            yield Static(escape(t("workbench.flag_suggestion", wording=f.shown)),
                         id="flag-wording")
            status = (t("workbench.flag_preview") if f.status == PREVIEW
                      else t("workbench.flag_status", status=t(f"indirect.status_{f.status}")))
            yield Static(escape(status), id="flag-status", classes="dialog-note")
            yield Static(escape(t("workbench.flag_hint_preview" if f.status == PREVIEW
                                  else "workbench.flag_hint")), classes="dialog-hint")

    def action_decide(self, decision: str) -> None:
        if self.flag.status == PREVIEW:
            return
        if decision == "open" and self.flag.status == "open":
            return
        self.dismiss(decision)
