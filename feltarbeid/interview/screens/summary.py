"""After the interview: coverage per theme, open must-ask items, notes, duration."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from ...locale import plural, t
from ...timeutil import format_clock
from ...tui.keys import localise_bindings
from ..state import SessionState
from ..widgets.outline import section_name


class SummaryScreen(Screen[None]):
    BINDINGS = [
        Binding("q", "app.quit", "interview.key_close"),
        Binding("ctrl+t", "app.toggle_dark", "interview.key_theme", show=False),
    ]

    def __init__(self, state: SessionState) -> None:
        super().__init__()
        self.state = state
        localise_bindings(self)

    def compose(self):  # type: ignore[no-untyped-def]
        st = self.state
        end = st.ended_at or st.last_at or 0.0
        duration = st.elapsed(end)
        notes = [n for n in st.notes if n.kind in ("free", "observation")]
        with VerticalScroll(id="summary"):
            yield Static(t("interview.summary_title", id=escape(st.session_id),
                           informants=escape(", ".join(st.informants))), id="summary-title")
            yield Static(t("interview.summary_stats", duration=format_clock(duration),
                           notes=plural("interview.n_notes", len(notes)),
                           bookmarks=plural("interview.n_bookmarks",
                                            sum(n.kind == "bookmark" for n in st.notes)),
                           followups=plural("interview.n_followups",
                                            sum(n.kind == "followup" for n in st.notes)),
                           documents=plural("interview.n_documents", len(st.documents)),
                           gaps=plural("interview.n_gaps", len(st.gaps))),
                         id="summary-stats")
            yield DataTable(id="coverage", cursor_type="row", zebra_stripes=True)
            must = st.open_must()
            if must:
                lines = [" ".join(x for x in ("!", escape(s.label or s.title),
                                              escape(it.text)) if x) for s, it in must]
                yield Static(t("interview.summary_must_open", n=len(must)) + "\n"
                             + "\n".join(lines), id="summary-must")
            else:
                yield Static(t("interview.summary_must_done"), id="summary-must")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in ("col_theme", "col_covered", "col_asked", "col_spont", "col_skipped",
                    "col_open", "col_minutes"):
            table.add_column(t(f"interview.{key}"))
        for c in self.state.counts():
            s = c.section
            planned = f"/{s.planned_minutes:g}" if s.planned_minutes else ""
            # a part without a heading is named by its kind, in brackets: not the guide's words
            name = Text(_short(section_name(s)), style="" if s.display_title else "italic")
            table.add_row(name, f"{c.covered}/{c.total}", str(c.asked),
                          str(c.spontaneous), str(c.skipped),
                          f"{c.open}" + (f" (!{c.must_open})" if c.must_open else ""),
                          f"{c.used_seconds / 60:.0f}{planned}")


def _short(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
