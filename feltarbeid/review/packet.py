"""What a review packet is: its passages, its manifest, and the format names of the
answers it asks for. The packet builder (``packets``) makes them; the renderers (HTML, PDF,
DOCX, letters) and the answer reader (``returns``) read them — all of them import this
module, none imports the builder (no import circle)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ANSWER_FORMAT = "feltarbeid-review-answer"
DOCX_FORMAT = "feltarbeid-review-docx"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class PacketPassage:
    number: int  # 1-based, as shown; placeholders are numbered too (stable numbering)
    segment_indices: tuple[int, ...]
    speaker: str
    label: str
    start: float
    end: float
    text: str  # empty for a left-out placeholder
    reviewable: bool

    @property
    def clock(self) -> str:
        from ..timeutil import format_clock

        return format_clock(self.start)


@dataclass
class Packet:
    packet_id: str
    study_id: str
    informant: str
    transcript_id: int
    version_id: int
    version_hash: str
    text_version: str
    language: str
    deadline: str  # YYYY-MM-DD
    passages: list[PacketPassage] = field(default_factory=list)
    content_hash: str = ""
    session_id: str = ""
    created_at: str = ""

    @property
    def reviewable(self) -> list[PacketPassage]:
        return [p for p in self.passages if p.reviewable]

    def passage(self, number: int) -> PacketPassage | None:
        return next((p for p in self.passages if p.number == number), None)

    def manifest(self) -> dict[str, Any]:
        d = asdict(self)
        d["passages"] = [{**asdict(p), "segment_indices": list(p.segment_indices)}
                         for p in self.passages]
        return d

    @classmethod
    def from_manifest(cls, data: dict[str, Any], *, deadline: str | None = None) -> Packet:
        passages = [PacketPassage(**{**p, "segment_indices": tuple(p["segment_indices"])})
                    for p in data.get("passages", [])]
        fields = {k: v for k, v in data.items() if k != "passages"}
        if deadline:
            fields["deadline"] = deadline
        return cls(**fields, passages=passages)
