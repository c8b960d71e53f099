"""Before the interview: who, where, header fields, and consent for every informant.

The session cannot start until every informant is in the register and has consent; the
status line says what is missing. Consent given here is written to the register at once
(with the time) and journalled as a ``consent`` event when the session starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.markup import escape
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Static

from ...domain import Case, Guide, Informant
from ...locale import t
from ...store.registers import add_informant, get_case, get_informant, update_informant
from ...timeutil import now_iso
from ...tui.keys import localise_bindings
from ..recorder import SessionSetup, case_of_informants
from ..widgets.consent_row import ConsentRow


@dataclass
class Prefill:
    informants: list[str] = field(default_factory=list)
    interviewers: list[str] = field(default_factory=list)
    case: str = ""
    place: str = ""
    header: dict[str, str] = field(default_factory=dict)


def split_codes(raw: str) -> list[str]:
    out: list[str] = []
    for part in raw.replace(";", ",").replace(" ", ",").split(","):
        code = part.strip()
        if code and code not in out:
            out.append(code)
    return out


def _row_id(code: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code)
    return f"consent-{safe}"


class BeforeScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "start", "interview.key_start"),
        Binding("ctrl+q", "app.quit", "interview.key_quit"),
        Binding("ctrl+t", "app.toggle_dark", "interview.key_theme", show=False),
    ]

    class Start(Message):
        """Everything is in place: start the session (handled by the app)."""

        def __init__(self, setup: SessionSetup) -> None:
            self.setup = setup
            super().__init__()

    def __init__(self, study: object, guide: Guide, prefill: Prefill | None = None) -> None:
        super().__init__()
        self.study = study
        self.guide = guide
        self.prefill = prefill or Prefill()
        self.consent_now: dict[str, tuple[str, str]] = {}  # code -> (mode, at)
        self._row_codes: list[str] | None = None
        localise_bindings(self)

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.study.store  # type: ignore[attr-defined]

    def compose(self):  # type: ignore[no-untyped-def]
        p = self.prefill
        with VerticalScroll(id="before"):
            yield Static(t("interview.before_title", guide=escape(self.guide.title)),
                         id="before-title")
            with Horizontal(classes="field"):
                yield Label(t("interview.field_informants"))
                yield Input(", ".join(p.informants), id="informants",
                            placeholder="IP01, IP02")
            with Horizontal(classes="field"):
                yield Label(t("interview.field_interviewers"))
                yield Input(", ".join(p.interviewers), id="interviewers", placeholder="KL")
            with Horizontal(classes="field"):
                yield Label(t("interview.field_case"))
                yield Input(p.case, id="case")
            with Horizontal(classes="field"):
                yield Label(t("interview.field_place"))
                yield Input(p.place, id="place")
            for hf in self.guide.header_fields:
                with Horizontal(classes="field"):
                    yield Label(escape(hf.label) + (" *" if hf.required else ""))
                    yield Input(p.header.get(hf.id, ""), id=f"h-{hf.id}",
                                placeholder=hf.help[:60])
            yield Label(t("interview.consent_heading"), id="consent-heading")
            yield Vertical(id="consents")
            yield Static(id="why")
            yield Button(t("interview.start_button"), id="start", variant="primary")
        yield Footer()

    async def on_mount(self) -> None:
        await self._rebuild_consents()
        self.query_one("#informants", Input).focus()

    # -- state of the form ---------------------------------------------------------------------
    def _codes(self) -> list[str]:
        return split_codes(self.query_one("#informants", Input).value)

    def problems(self) -> list[str]:
        """Why the session cannot start yet (empty: it can)."""
        out = []
        codes = self._codes()
        if not codes:
            out.append(t("interview.why_no_informant"))
        for code in codes:
            inf = get_informant(self.store, code)
            if inf is None:
                out.append(t("interview.why_not_in_register", code=code))
            elif code not in self.consent_now and not inf.has_consent:
                out.append(t("interview.why_no_consent", code=code))
        case = self.query_one("#case", Input).value.strip()
        if case and get_case(self.store, case) is None:
            out.append(t("interview.why_no_case", code=case))
        for hf in self.guide.header_fields:
            if hf.required and not self.query_one(f"#h-{hf.id}", Input).value.strip():
                out.append(t("interview.why_header", label=hf.label.rstrip(": ")))
        return out

    async def _rebuild_consents(self, *, force: bool = False) -> None:
        codes = self._codes()
        if codes == self._row_codes and not force:
            self._show_why()
            return
        self._row_codes = codes
        box = self.query_one("#consents", Vertical)
        await box.remove_children()
        rows = []
        for code in codes:
            inf = get_informant(self.store, code)
            mode, at = self.consent_now.get(code, (None, None))
            if inf is not None and mode is None and inf.has_consent:
                mode, at = inf.consent, inf.consent_at
            rows.append(ConsentRow(code, exists=inf is not None, consent=mode, consent_at=at,
                                   id=_row_id(code)))
        if rows:
            await box.mount_all(rows)
        # an empty case field means the informants' own case from the register
        self.query_one("#case", Input).placeholder = case_of_informants(
            self.study, codes) or ""
        self._show_why()

    def _show_why(self) -> None:
        problems = self.problems()
        why = self.query_one("#why", Static)
        why.update(t("interview.cannot_start") + " " + "; ".join(problems) if problems
                   else t("interview.can_start"))
        why.set_class(bool(problems), "-blocked")
        self.query_one("#start", Button).disabled = bool(problems)

    # -- events --------------------------------------------------------------------------------
    async def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "informants":
            await self._rebuild_consents()
        else:
            self._show_why()

    async def on_consent_row_consent(self, event: ConsentRow.Consent) -> None:
        at = now_iso()
        update_informant(self.store, event.code, consent=event.mode, consent_at=at,
                         audit_action="informant.consent")
        self.consent_now[event.code] = (event.mode, at)
        await self._rebuild_consents(force=True)

    async def on_consent_row_create(self, event: ConsentRow.Create) -> None:
        case = self.query_one("#case", Input).value.strip()
        if case and get_case(self.store, case) is None:
            from ...store.registers import add_case

            add_case(self.store, Case(code=case))
        add_informant(self.store, Informant(code=event.code, case_code=case or None))
        self.notify(t("interview.created_code", code=event.code), timeout=2)
        await self._rebuild_consents(force=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()

    def action_start(self) -> None:
        problems = self.problems()
        if problems:
            self._show_why()
            self.notify("; ".join(problems), severity="warning")
            return
        q = self.query_one
        header = {hf.id: q(f"#h-{hf.id}", Input).value.strip() for hf in self.guide.header_fields}
        self.post_message(self.Start(SessionSetup(
            informants=self._codes(),
            interviewers=split_codes(q("#interviewers", Input).value),
            case=q("#case", Input).value.strip() or None,
            place=q("#place", Input).value.strip(),
            header={k: v for k, v in header.items() if v},
            consents={c: m for c, (m, _) in self.consent_now.items()},
            consent_at={c: a for c, (_, a) in self.consent_now.items()},
        )))
