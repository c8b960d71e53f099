"""The current item, large: section, lead-in, question, probes, and what was recorded on it.

The guide's words are shown as written: the section's own heading (none if it has none),
the lead-in without added quotes, each follow-up with its own marker only (a conditional
or a follow-up written with ``marker: ""`` has none) and a prompt list as the author
bracketed it (``Probe.display_text``)."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...domain import Guide
from ...locale import t
from ..state import SessionState
from .clock_bar import TextLine


class ItemPanel(VerticalScroll):
    """Shows one item. The screen sets it with ``show(state, item_id)``."""

    def __init__(self, guide: Guide, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.guide = guide
        self.can_focus = False
        self._shown: dict[str, str] = {}

    def compose(self):  # type: ignore[no-untyped-def]
        yield TextLine(id="item-section")
        yield Static(id="item-lead-in")
        yield Static(id="item-text")
        yield Static(id="item-probes")
        yield Static(id="item-extra")

    def show(self, state: SessionState, item_id: str | None) -> None:
        """Show ``item_id``; only the parts whose text changed are updated (a change of
        text means a layout pass, the costly part of a keystroke)."""
        texts = self._texts(state, item_id)
        if texts == self._shown:
            return
        for wid, text in texts.items():
            if self._shown.get(wid) == text:
                continue
            if wid == "item-section":  # fixed height: repainted without a layout pass
                self.query_one("#item-section", TextLine).set_text(text)
                continue
            static = self.query_one(f"#{wid}", Static)
            static.update(text)
            static.display = bool(text) or wid == "item-text"
        self._shown = texts

    def _texts(self, state: SessionState, item_id: str | None) -> dict[str, str]:
        item = self.guide.item(item_id) if item_id else None
        section = self.guide.section_of(item_id) if item_id else None
        out = {"item-section": "", "item-lead-in": "", "item-text": "", "item-probes": "",
               "item-extra": ""}
        if item is None or section is None:
            out["item-section"] = t("interview.no_current")
            return out
        status = t(f"interview.status_item_{state.status[item.id]}")
        must = f" · {t('interview.must_ask')}" if item.must_ask else ""
        head = [escape(section.display_title)] if section.display_title else []
        out["item-section"] = " · ".join([*head, escape(item.id), status]) + must
        out["item-lead-in"] = escape(item.lead_in)
        out["item-text"] = escape(item.text)
        probes = []
        for p in item.probes:
            indent = "  " if p.kind == "sub_bullet" else ""
            marker = f"{escape(p.marker)} " if p.marker else ""
            text = escape(p.display_text)
            if p.kind in ("conditional", "statement"):
                text = f"[i]{text}[/i]"
            probes.append(f"{indent}{marker}{text}")
        out["item-probes"] = "\n".join(probes)
        extra = []
        if item.note:
            extra.append(f"[i]{escape(item.note)}[/i]")
        if item.attribute is not None:
            answers = [f"{code}: {state.attributes[(code, item.attribute.name)]}"
                       for code in state.informants
                       if (code, item.attribute.name) in state.attributes]
            extra.append(t("interview.attribute_line", name=escape(item.attribute.name),
                           answers=escape(", ".join(answers) or "—")))
        if item.document_request:
            extra.append(t("interview.document_line", text=escape(item.document_request)))
        for n in state.notes:
            if n.kind == "followup" and n.item_id == item.id:
                extra.append(f"↳ {escape(n.text)}")
        out["item-extra"] = "\n".join(extra)
        return out
