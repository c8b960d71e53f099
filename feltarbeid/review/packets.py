"""Review packets: what one informant gets back to check (member check).

A packet is one informant × one transcript × one text version. It holds numbered passages
(from ``feltarbeid.textview``, speaker runs merged) and the hash of the transcript version it
shows. ``make_packets`` builds them, runs the leak check on everything that goes out, records
a review round in the store and writes the files under ``packets/<informant>/``:

- ``<packet>.html``   self-contained page to read, confirm, correct, comment and answer
- ``<packet>.pdf``    cover letter + line-numbered transcript, for print
- ``<packet>.docx``   one paragraph per passage (``[12] (0:01:23) IP01: text``) for Word
- ``<packet>-letter.txt``  the cover letter as plain text (for the e-mail body)

Sessions with several informants: a packet shows the interviewer's passages and the
informant's own; every passage by another informant (or of unknown speaker) is left out and
shown as a placeholder without text. In a one-informant session unknown-speaker passages are
the informant's and are shown.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import locale
from ..domain import Segment
from ..errors import FeltarbeidError
from ..store import review as review_store
from ..store import transcripts as transcripts_store
from ..store.registers import require_informant
from ..study import Study
from ..textview import render
from ..timeutil import now
from .packet import Packet, PacketPassage

INTERVIEWER = "I"

# transcript states a packet can be made from, per text version
_READY = {
    "anonymised": ("anonymised", "in_review"),
    "verbatim": ("transcribed", "anonymised", "in_review"),
}


@dataclass
class MadePacket:
    packet: Packet
    files: list[Path]
    outdated: list[str]


# --------------------------------------------------------------------------- text versions


def version_text_kind(version: dict[str, Any]) -> str:
    """'verbatim' or 'anonymised': which kind of text a stored version holds. Corrected
    versions say which in their note (``transcripts.holds_verbatim``)."""
    if transcripts_store.holds_verbatim(version["kind"], version.get("note")):
        return "verbatim"
    return "anonymised"


def version_for(study: Study, transcript_id: int, text_version: str) -> dict[str, Any] | None:
    """The newest version of the transcript holding ``text_version`` text (or None)."""
    found = [v for v in transcripts_store.versions(study.store, transcript_id)
             if version_text_kind(v) == text_version]
    return found[-1] if found else None


# --------------------------------------------------------------------------- passages


def labels_for(informant: str, lang: str) -> dict[str, str]:
    return {INTERVIEWER: locale.t("review.label_interviewer", lang), informant: informant}


def select_passages(segments: list[Segment], informant: str, session_informants: list[str],
                    lang: str) -> list[PacketPassage]:
    """Numbered passages for one informant (see the module doc for group sessions)."""
    alone = len(session_informants) <= 1
    labels = labels_for(informant, lang)

    def shown(speaker: str) -> bool:
        if speaker in (INTERVIEWER, informant):
            return True
        return alone and speaker not in session_informants

    _, passages = render(segments, labels=labels, merge=True)
    out: list[PacketPassage] = []
    for p in passages:
        ok = shown(p.speaker)
        out.append(PacketPassage(
            number=p.number, segment_indices=p.segment_indices, speaker=p.speaker if ok else "",
            label=labels.get(p.speaker, p.speaker or "?") if ok
            else locale.t("review.label_other", lang),
            start=p.start, end=p.end, text=p.text if ok else "", reviewable=ok,
        ))
    return out


def content_hash(passages: list[PacketPassage]) -> str:
    """Hash of what the informant is asked about: the shown passages' segments and text."""
    h = hashlib.sha256()
    for p in passages:
        if p.reviewable:
            h.update(f"{p.segment_indices}\x1f{p.speaker}\x1f{p.text}\x1e".encode())
    return h.hexdigest()


def current_passages(study: Study, transcript_id: int, informant: str, text_version: str,
                     session_informants: list[str]) -> tuple[dict[str, Any], list[PacketPassage]]:
    version = version_for(study, transcript_id, text_version)
    if version is None:
        raise FeltarbeidError(
            locale.t("review.no_text_yet", transcript=transcript_id,
                     version=locale.t(f"review.text_version_{text_version}")),
            hint=locale.t("review.no_text_yet_hint"))
    segments = transcripts_store.segments(study.store, int(version["id"]))
    return version, select_passages(segments, informant, session_informants, study.language)


# --------------------------------------------------------------------------- making


def _deadline(study: Study, today: date | None) -> str:
    days = int(study.settings.get("review", "deadline_days"))
    return ((today or now().date()) + timedelta(days=days)).isoformat()


def _leak_check(study: Study, packet: Packet, texts: list[tuple[str, str]],
                passphrase: str | None) -> None:
    from ..anonymise.leaks import check_study_texts

    check_study_texts(study, texts, passphrase=passphrase, informant_codes=(packet.informant,))


def packet_texts(packet: Packet) -> list[tuple[str, str]]:
    """Every piece of transcript text that goes into the packet, with where it is."""
    return [(f"{packet.packet_id} passage {p.number}", p.text) for p in packet.passages
            if p.text]


def make_packets(study: Study, informant: str | None = None, *, again: bool = False,
                 passphrase: str | None = None, today: date | None = None,
                 uncorrected: bool = True, held_back: list[tuple[int, str]] | None = None
                 ) -> list[MadePacket]:
    """Make packets for one informant (or every informant with consent). A transcript that
    has an open packet is skipped unless ``again`` (the old packet becomes outdated). Held
    back, with ``(id, reason)`` put into ``held_back``: a transcript corrected after its
    last anonymisation (reason ``"stale"``: its anonymised text would be the old one), and
    with ``uncorrected=False`` one the researcher never corrected (``"uncorrected"``)."""
    from ..store.registers import list_informants
    from .withdrawals import (
        apply_withdrawals,
        open_withdrawal_requests,
        refuse_if_withdrawal_requested,
    )

    apply_withdrawals(study)
    text_version = str(study.settings.get("review", "text_version"))
    if informant:
        inf = require_informant(study.store, informant)
        if inf.consent == "withdrawn":
            raise FeltarbeidError(locale.t("review.make_withdrawn", code=informant),
                                  hint=locale.t("review.make_withdrawn_hint"))
        refuse_if_withdrawal_requested(study, informant)
        codes = [inf.code]
    else:
        asked = open_withdrawal_requests(study)  # the CLI says who was skipped and why
        codes = [i.code for i in list_informants(study.store)
                 if i.consent != "withdrawn" and i.code not in asked]
    made: list[MadePacket] = []
    for code in codes:
        for tr in review_store.informant_transcripts(study.store, code):
            if tr["state"] not in _READY[text_version]:
                continue
            open_rounds = review_store.list_rounds(
                study.store, informant_code=code, transcript_id=tr["transcript_id"],
                statuses=(*review_store.OPEN_STATUSES, "answered"))
            if open_rounds and not again:
                continue
            reason = _hold_back(study, int(tr["transcript_id"]), text_version, uncorrected)
            if reason:
                entry = (int(tr["transcript_id"]), reason)
                if held_back is not None and entry not in held_back:
                    held_back.append(entry)
                continue
            made.append(make_packet(study, code, tr, text_version=text_version,
                                    passphrase=passphrase, today=today))
    return made


def _hold_back(study: Study, transcript_id: int, text_version: str, uncorrected: bool) -> str:
    """Why a transcript gets no packet now ('' if it may): corrected after its newest
    anonymisation, or never corrected by the researcher (unless ``uncorrected``)."""
    from ..store.corrections import uncorrected as never_corrected

    store = study.store
    if text_version == "anonymised":
        source = transcripts_store.source_version(store, transcript_id)
        anonymised = transcripts_store.latest_version(store, transcript_id, "anonymised")
        if source is not None and anonymised is not None and source > anonymised:
            return "stale"
    if not uncorrected and never_corrected(store, [transcript_id]):
        return "uncorrected"
    return ""


def make_packet(study: Study, code: str, tr: dict[str, Any], *, text_version: str,
                passphrase: str | None = None, today: date | None = None) -> MadePacket:
    version, passages = current_passages(study, tr["transcript_id"], code, text_version,
                                         tr["informants"])
    packet = Packet(
        packet_id=f"{code}-T{tr['transcript_id']}-{secrets.token_hex(3)}",
        study_id=study.study_id, informant=code, transcript_id=int(tr["transcript_id"]),
        version_id=int(version["id"]), version_hash=str(version["text_hash"]),
        text_version=text_version, language=study.language, deadline=_deadline(study, today),
        passages=passages, content_hash=content_hash(passages),
        session_id=str(tr["session_id"] or ""), created_at=now().isoformat(timespec="seconds"),
    )
    if not packet.reviewable:
        raise FeltarbeidError(
            locale.t("review.no_passages", transcript=packet.transcript_id, code=code),
            hint=locale.t("review.no_passages_hint"))
    # the leak check runs on what goes out, before anything is written
    _leak_check(study, packet, packet_texts(packet), passphrase)
    files = rewrite_packet_files(study, packet)
    outdated = review_store.create_round(
        study.store, packet_id=packet.packet_id, informant_code=code,
        transcript_id=packet.transcript_id, version_id=packet.version_id,
        version_hash=packet.version_hash, text_version=text_version,
        manifest=packet.manifest(), deadline=packet.deadline)
    if tr["state"] != "in_review":
        transcripts_store.set_state(study.store, packet.transcript_id, "in_review")
    return MadePacket(packet=packet, files=files, outdated=outdated)


def load_packet(study: Study, packet_id: str) -> tuple[Packet, dict[str, Any]]:
    rnd = review_store.get_round(study.store, packet_id)
    if rnd is None:
        raise FeltarbeidError(locale.t("review.no_packet", packet=packet_id),
                              hint=locale.t("review.request_none_hint"))
    return Packet.from_manifest(rnd["manifest"], deadline=rnd["deadline"]), rnd


def packet_files(study: Study, packet: Packet) -> list[Path]:
    folder = study.packets_dir / packet.informant
    return sorted(folder.glob(f"{packet.packet_id}*"))


def rewrite_packet_files(study: Study, packet: Packet) -> list[Path]:
    """Render the files again (after the deadline changed)."""
    from .letters import write_cover_letter
    from .render_docx import write_docx
    from .render_html import write_html
    from .render_pdf import write_pdf

    folder = study.packets_dir / packet.informant
    folder.mkdir(parents=True, exist_ok=True)
    return [write_html(study, packet, folder), write_pdf(study, packet, folder),
            write_docx(study, packet, folder), write_cover_letter(study, packet, folder)]
