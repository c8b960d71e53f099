"""Domain objects shared by every stage. Plain dataclasses; no I/O here.

Guide objects keep what the author wrote (labels, separators, bullets, numbering gaps) so
a guide can be shown and exported as written; every item has a stable ``id`` that sessions,
transcripts and exports refer to after the guide is edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# --------------------------------------------------------------------------- guide

ItemKind = Literal["question", "statement", "narrative"]
ProbeKind = Literal["followup", "conditional", "prompt_list", "sub_bullet", "statement"]
AttributeType = Literal["yesno", "choice", "text"]
SectionKind = Literal["intro", "theme", "closing"]


@dataclass(frozen=True)
class CodeHint:
    """Optional codebook hint: seeds the coding export (REFI-QDA codebook)."""

    code: str = ""
    category: str = ""
    colour: str = ""  # "#RRGGBB"
    description: str = ""


@dataclass(frozen=True)
class Attribute:
    """The answer to this item is a structured informant attribute."""

    name: str  # e.g. "anonymise", "employer", "recruitment"
    type: AttributeType = "text"
    choices: tuple[str, ...] = ()
    # the informant's anonymisation wish: a yes/no attribute with this flag decides it
    anonymisation: bool = False


@dataclass(frozen=True)
class Probe:
    """A follow-up under an item: dash line, 'Evt. …' conditional, prompt list, sub-bullet."""

    id: str
    kind: ProbeKind
    text: str
    prompts: tuple[str, ...] = ()  # the entries of a prompt list
    marker: str = ""  # as written: "-", "◦", "Evt."
    line: int = 0

    @property
    def display_text(self) -> str:
        """The follow-up's words as written (without its marker). A prompt list joins its
        prompts with ", " after the text, in brackets only if the author wrote none: the
        text "(hvem" with prompts [kaller inn, leder møtet?] reads "(hvem kaller inn, leder
        møtet?", as in the author's guide; "hvem …" with the same prompts reads
        "hvem … (kaller inn, leder møtet?)"."""
        if self.kind != "prompt_list":
            return self.text
        joined = ", ".join(self.prompts)
        first, last = (self.prompts[0], self.prompts[-1]) if self.prompts else ("", "")
        if any(b in self.text + first for b in "([") or any(b in last for b in ")]"):
            sep = "" if not self.text or self.text.endswith(("(", "[")) else " "
            return f"{self.text}{sep}{joined}"
        return f"{self.text} ({joined})" if self.text else f"({joined})"


@dataclass(frozen=True)
class Item:
    id: str
    kind: ItemKind
    text: str
    must_ask: bool = False
    probes: tuple[Probe, ...] = ()
    lead_in: str = ""  # a statement read before the question (not a question itself)
    attribute: Attribute | None = None
    document_request: str = ""  # e.g. "referat fra partnerskapsmøtene"
    marker: str = ""  # bullet as written: "", "•", "-", "1."
    code: CodeHint | None = None
    note: str = ""  # note to the interviewer, not read aloud
    line: int = 0


@dataclass(frozen=True)
class Section:
    """Intro part, a theme, or the closing part, with the author's own label."""

    id: str
    kind: SectionKind
    title: str
    label: str = ""  # as written: "Tema 1.", "Tema 3:", "Tema 6 :", "Introduksjonsdel:"
    number: int | None = None  # 1, 2, 3, 4, 6 — a gap is kept as written
    planned_minutes: float | None = None
    items: tuple[Item, ...] = ()
    code: CodeHint | None = None
    line: int = 0
    note: str = ""  # note to the interviewer about this part (e.g. where the theme came from)

    @property
    def display_title(self) -> str:
        return f"{self.label} {self.title}".strip() if self.label else self.title


@dataclass(frozen=True)
class HeaderField:
    """A field filled in per session, e.g. 'KOMMUNE: ____'."""

    id: str
    label: str
    help: str = ""
    required: bool = False


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    language: str = "nb"
    version: str = ""
    description: str = ""
    header_fields: tuple[HeaderField, ...] = ()
    sections: tuple[Section, ...] = ()
    content_hash: str = ""  # sha256 of the canonical content (see guide.py)
    source_path: str = ""

    def items(self) -> list[tuple[Section, Item]]:
        return [(s, i) for s in self.sections for i in s.items]

    def item(self, item_id: str) -> Item | None:
        for _, it in self.items():
            if it.id == item_id:
                return it
        return None

    def section_of(self, item_id: str) -> Section | None:
        for s, it in self.items():
            if it.id == item_id:
                return s
        return None

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def themes(self) -> list[Section]:
        return [s for s in self.sections if s.kind == "theme"]


# --------------------------------------------------------------------------- registers

ConsentState = Literal["none", "written", "oral", "withdrawn"]


@dataclass
class Case:
    code: str
    label: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Informant:
    """An informant by code only. Names and contact details live in the linking key."""

    code: str
    role: str = ""
    case_code: str | None = None
    employer: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    consent: ConsentState = "none"
    consent_at: str | None = None
    withdrawn_at: str | None = None
    anonymise_wish: Literal["yes", "no", "unknown"] = "unknown"
    # consent to let the recording (the voice) leave the study in an export for coders
    # (``export --with-audio``); only "yes" lets it out, "unknown" counts as no
    audio_export: Literal["yes", "no", "unknown"] = "unknown"

    @property
    def has_consent(self) -> bool:
        return self.consent in ("written", "oral")


# --------------------------------------------------------------------------- sessions


# Session event kinds (journal and store). ``t_rec`` is seconds since "recording started"
# (corrected by sync marks); None before the recording was marked.
EVENT_KINDS: dict[str, str] = {
    "session_start": "the session was opened (payload: informants, interviewers, header)",
    "consent": "consent recorded (payload: informant, mode written|oral)",
    "recording_start": "the interviewer marked 'recording started now' (t_rec = 0)",
    "sync": "sync mark: payload {'t_rec': seconds on the recorder} corrects drift",
    "item_current": "the interviewer moved to an item (item_id)",
    "item_asked": "item asked (item_id)",
    "item_spontaneous": "item touched on spontaneously by the informant (item_id)",
    "item_skipped": "item skipped (item_id)",
    "item_reset": "item status set back to 'not yet' (item_id)",
    "note": "a note: payload {'kind': 'free'|'observation', 'text': ...}",
    "bookmark": "an interesting moment (payload may hold 'text')",
    "followup": "ad-hoc follow-up question typed in (item_id, payload {'text'})",
    "attribute": "structured answer: payload {'informant', 'name', 'value'}",
    "document_request": "payload {'id', 'text', 'status': promised|received|refused}",
    "pause": "the app was closed or paused (a gap in the clock)",
    "resume": "the app was opened again after a gap (payload {'gap_seconds'})",
    "session_end": "the interview was ended",
}


@dataclass
class Event:
    """One thing that happened in a session, with wall time and recording time."""

    seq: int
    kind: str
    at: str  # ISO wall time
    t_rec: float | None = None  # seconds since 'recording started', if marked
    item_id: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class Session:
    id: str
    guide_hash: str | None = None
    case_code: str | None = None
    place: str = ""
    header_values: dict[str, str] = field(default_factory=dict)
    status: Literal["planned", "running", "finished"] = "planned"
    started_at: str | None = None
    ended_at: str | None = None
    informants: list[str] = field(default_factory=list)
    interviewers: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


# --------------------------------------------------------------------------- recordings


@dataclass
class Recording:
    id: int
    path: str  # relative to the study folder (recordings/<sha256[:16]>.<ext>)
    original_name: str  # as given when added; in memory only, never stored in clear
    sha256: str
    size: int
    session_id: str | None = None
    duration: float | None = None
    channels: int | None = None
    sample_rate: int | None = None
    state: str = "recorded"
    name_sealed: bytes | None = None  # the original name sealed to the linking key


# --------------------------------------------------------------------------- transcripts

@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float = 0.0


@dataclass
class Span:
    """A detected or replaced span in a text: [start, end) in Python characters."""

    start: int
    end: int
    label: str  # PERSON, MUNICIPALITY, PLACE, FNR, PHONE, EMAIL, ADDRESS, ...
    surface: str
    confidence: float = 1.0
    source: str = ""  # which detector
    replacement: str = ""


@dataclass
class Segment:
    idx: int
    start: float
    end: float
    text: str
    speaker: str = ""  # "I" for interviewer, else informant code
    item_id: str | None = None
    words: list[Word] = field(default_factory=list)
    avg_logprob: float | None = None
    flags: list[str] = field(default_factory=list)  # e.g. "repetition", "low_confidence"
    origin: Literal["spoken", "corrected", "added"] = "spoken"


@dataclass
class Transcript:
    id: int
    recording_id: int
    model: str
    state: str
    settings: dict[str, Any] = field(default_factory=dict)
    version_id: int | None = None
    version_kind: str = "verbatim"
    segments: list[Segment] = field(default_factory=list)
    language: str = ""
    duration: float | None = None
    failure_reason: str | None = None


# --------------------------------------------------------------------------- recruitment

# Channels and kinds of a recruitment contact, as stored (the CLI takes Norwegian and English
# words for them, see ``feltarbeid.recruitment.contacts``).
CONTACT_CHANNELS = ("email", "phone", "letter", "sms", "in_person", "other")
CONTACT_KINDS = ("letter_sent", "reminder", "yes", "no", "appointment", "other")
MEMO_KINDS = ("project", "before", "after")


@dataclass
class Contact:
    """One contact with a (prospective) informant during recruitment. No names here: a free
    note, if any, lives in the linking key (``has_note``)."""

    id: int
    informant: str
    on_date: str  # YYYY-MM-DD, when the contact happened
    channel: str  # one of CONTACT_CHANNELS
    what: str  # one of CONTACT_KINDS
    round: int = 1
    appointment_at: str | None = None  # 'YYYY-MM-DDTHH:MM' for what == 'appointment'
    has_note: bool = False
    letter: str = ""  # the letter file written for this contact, relative to the study
    created_at: str = ""


@dataclass
class Memo:
    """A reflexivity note: the researcher's pre-understanding, for the project or written
    before/after an interview, by an interviewer (code)."""

    id: int
    kind: str  # one of MEMO_KINDS
    text: str
    written_at: str
    interviewer: str = ""
    session_id: str | None = None
    updated_at: str | None = None

    @property
    def label(self) -> str:
        return f"M{self.id}"


# --------------------------------------------------------------------------- documents

# Documents (issue 15): how far a document has come, and what its text is.
# status: requested/promised/refused (as asked for in the interview), received (the file is
# in the study), released (the informant allows it to be used and exported), not_released
# (promised but not given, or given for reading only: never exported), withdrawn (consent
# withdrawn: deleted, never exported).
DOCUMENT_STATUSES = ("requested", "promised", "received", "released", "not_released",
                     "refused", "withdrawn")
# state of its text: none (no file), extracted, anonymised, checked (the researcher has read
# the anonymised text: like a verified transcript), failed (no text could be read), deleted
DOCUMENT_STATES = ("none", "extracted", "anonymised", "checked", "failed", "deleted")
DOCUMENT_FORMATS = ("pdf", "docx", "txt")


@dataclass
class Document:
    """A document an informant gave (agreement, agenda, minutes, plan). No original file
    name: the file is ``documents/<sha256[:16]>.<format>``."""

    id: int
    case_code: str | None
    status: str
    state: str
    informant_code: str | None = None
    session_id: str | None = None
    request_id: str | None = None
    kind: str = ""
    title: str = ""
    path: str | None = None
    format: str = ""
    sha256: str | None = None
    size: int | None = None
    encoding: str = ""
    failure_reason: str | None = None
    current_version: int | None = None
    added_at: str = ""
    updated_at: str = ""

    @property
    def request(self) -> str:
        """``S001:D1``: the interview and the request's id in it ('' if none)."""
        if self.session_id and self.request_id:
            return f"{self.session_id}:{self.request_id}"
        return ""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document's text (``page`` for PDFs, 1-based)."""

    idx: int
    text: str
    page: int | None = None


@dataclass(frozen=True)
class DocumentRequest:
    """A document asked for during an interview (session event ``document_request``), as
    its last event left it."""

    session_id: str
    request_id: str
    text: str
    status: str  # promised | received | refused
    case_code: str | None
    item_id: str | None
    at: str

    @property
    def ref(self) -> str:
        return f"{self.session_id}:{self.request_id}"
