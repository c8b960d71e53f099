"""Answers built in Python exactly as the packet page builds them (for the demo and tests),
and the review step of ``feltarbeid demo``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import locale
from ..study import Study
from .packet import ANSWER_FORMAT, FORMAT_VERSION, Packet
from .packets import load_packet
from .render_html import answer_file_name
from .returns import fnv1a_utf16


def answer_body(packet: Packet, *, confirm: tuple[int, ...] | list[int] = (),
                corrections: dict[int, str] | None = None,
                comments: dict[int, str] | None = None, additions: str = "",
                withdraw: bool = False, saved_at: str = "") -> dict[str, Any]:
    """The answer object the page's ``collect()`` makes."""
    corrections = corrections or {}
    comments = comments or {}
    passages = []
    for p in packet.reviewable:
        e: dict[str, Any] = {"n": p.number}
        if p.number in corrections:
            e["action"] = "correct"
            e["text"] = corrections[p.number]
        elif p.number in confirm:
            e["action"] = "confirm"
        if comments.get(p.number):
            e["comment"] = comments[p.number]
        if len(e) > 1:
            passages.append(e)
    return {"format": ANSWER_FORMAT, "format_version": FORMAT_VERSION,
            "study_id": packet.study_id, "packet_id": packet.packet_id,
            "version_hash": packet.version_hash, "informant": packet.informant,
            "saved_at": saved_at, "passages": passages, "additions": additions,
            "withdraw": withdraw}


def answer_html(body: dict[str, Any], lang: str = "nb") -> str:
    """The answer file the page saves (see ``render_html`` for the format)."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    wrapper = json.dumps({"format": ANSWER_FORMAT, "body": text, "check": fnv1a_utf16(text)},
                         ensure_ascii=False, separators=(",", ":"))
    wrapper = wrapper.replace("<", "\\u003c").replace(">", "\\u003e")
    title = locale.t("review.ui_answer_file_title", lang)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f"</title></head><body><h1>{title}</h1>\n"
            f'<script type="application/json" id="feltarbeid-answer">{wrapper}</script>\n'
            "</body></html>\n")


def write_answer_file(study: Study, packet_id: str, folder: Path | None = None,
                      **answer: Any) -> Path:
    """Write an answer file for a packet, as if the informant had saved it from the page."""
    packet, _ = load_packet(study, packet_id)
    folder = folder or study.returns_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / answer_file_name(packet)
    path.write_text(answer_html(answer_body(packet, **answer), packet.language), "utf-8")
    return path


def run_review_demo(study: Study, informant: str = "IP01") -> dict[str, Any]:
    """The review step of the demo: make the informant's packet(s), mark them sent, write a
    prepared answer (one correction, one comment, one addition, the rest confirmed) into
    ``returns/``, and import it accepting everything. Returns what happened."""
    from .diff import apply_answer, changes_for
    from .packets import make_packets
    from .returns import take_in
    from .status import mark_sent

    lang = study.language
    made = make_packets(study, informant, again=True)
    mark_sent(study, informant=informant)
    results = []
    for m in made:
        packet = m.packet
        own = [p for p in packet.reviewable if p.speaker == informant] or packet.reviewable
        first = own[0]
        corrected = f"{first.text} {locale.t('review.demo_correction', lang)}".strip()
        path = write_answer_file(
            study, packet.packet_id,
            confirm=[p.number for p in packet.reviewable if p.number != first.number],
            corrections={first.number: corrected},
            comments={own[-1].number: locale.t("review.demo_comment", lang)},
            additions=locale.t("review.demo_addition", lang))
        packet, rnd, answer = take_in(study, path)
        changes = changes_for(packet, answer)
        result = apply_answer(study, packet, rnd, answer,
                              {c.index: True for c in changes if c.decidable})
        results.append({"packet_id": packet.packet_id,
                        "files": [str(f) for f in m.files], "answer": str(path),
                        "accepted": result.accepted, "version_id": result.version_id,
                        "transcript_verified": result.transcript_verified})
    return {"informant": informant, "packets": results}
