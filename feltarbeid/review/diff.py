"""The differences an answer proposes, and taking in what the researcher accepts.

``changes_for`` lists corrections (decide: accept/reject), additions (decide) and comments
(shown, kept with the answer). ``apply_answer`` records the answer and the decisions in one
transaction: accepted corrections make a new ``corrected`` version of the text the packet
showed (the verbatim version is always kept; for a verbatim packet the anonymised
counterpart is made right away, so the current version is always anonymised text);
additions are stored apart with ``add_addition``; the round becomes ``verified`` and the
transcript too when no other round of it is open.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from typing import Any

from ..anonymise.keyfile import seal_record
from ..domain import Segment
from ..store import review as review_store
from ..store import transcripts as transcripts_store
from ..study import Study
from .packet import Packet
from .packets import version_for
from .returns import Answer, norm
from .status import verify_transcript_if_done


@dataclass(frozen=True)
class Change:
    index: int
    kind: str  # correction | deletion | addition | comment
    passage: int | None
    label: str
    clock: str
    before: str
    after: str

    @property
    def decidable(self) -> bool:
        return self.kind in ("correction", "deletion", "addition")

    @property
    def changes_text(self) -> bool:
        """A correction or a deletion: accepting it changes the transcript's text."""
        return self.kind in ("correction", "deletion")


def changes_for(packet: Packet, answer: Answer) -> list[Change]:
    out: list[Change] = []

    def add(kind: str, passage: int | None, label: str, clock: str, before: str,
            after: str) -> None:
        out.append(Change(len(out), kind, passage, label, clock, before, after))

    for ap in sorted(answer.passages, key=lambda a: a.n):
        p = packet.passage(ap.n)
        if p is None or not p.reviewable:
            note = ap.comment or (ap.text or "")
            if note.strip():
                add("comment", None, "", "", "", f"[{ap.n}] {note.strip()}")
            continue
        if ap.action == "correct" and ap.text is not None and norm(ap.text) != norm(p.text):
            # an emptied box is not silently a correction to nothing: it is a deletion,
            # which the researcher decides on its own (never by --accept-all)
            kind = "deletion" if not ap.text.strip() else "correction"
            add(kind, p.number, p.label, p.clock, p.text, ap.text.strip())
        if ap.comment:
            add("comment", p.number, p.label, p.clock, p.text, ap.comment)
    for text in answer.general_comments:
        add("comment", None, "", "", "", text)
    for _after, text in answer.additions:
        add("addition", None, "", "", "", text)
    return out


def confirmed_count(packet: Packet, answer: Answer) -> int:
    return sum(1 for a in answer.passages if a.action == "confirm")


def distribute(texts: list[str], new: str) -> list[str]:
    """Spread the corrected text of a merged passage back over its segments: words that
    are kept stay in their segment; new words go to the segment of the words they replace
    (or the one before, for insertions)."""
    if len(texts) == 1:
        return [new.strip()]
    old_words: list[str] = []
    owner: list[int] = []
    for i, t in enumerate(texts):
        for w in t.split():
            old_words.append(w)
            owner.append(i)
    new_words = new.split()
    out: list[list[str]] = [[] for _ in texts]
    if not old_words:
        out[0] = new_words
        return [" ".join(ws) for ws in out]
    sm = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                out[owner[i1 + k]].append(new_words[j1 + k])
        elif tag in ("replace", "insert"):
            target = owner[i1] if tag == "replace" else owner[max(i1 - 1, 0)]
            out[target].extend(new_words[j1:j2])
    return [" ".join(ws) for ws in out]


def corrected_segments(segments: list[Segment], packet: Packet,
                       corrections: dict[int, str]) -> list[Segment]:
    """A copy of ``segments`` with the accepted corrections (passage number → text)."""
    by_idx = {s.idx: s for s in segments}
    new = dict(by_idx)
    for number, text in corrections.items():
        p = packet.passage(number)
        if p is None:
            continue
        group = [by_idx[i] for i in p.segment_indices if i in by_idx]
        if not group:
            continue
        for seg, t in zip(group, distribute([s.text for s in group], text), strict=True):
            if norm(t) != norm(seg.text):
                new[seg.idx] = replace(seg, text=t, origin="corrected", words=[])
    return [new[s.idx] for s in segments]


@dataclass
class ApplyResult:
    packet_id: str
    accepted: int
    rejected: int
    additions_accepted: int
    additions_rejected: int
    comments: int
    version_id: int | None
    transcript_verified: bool


def _anonymise(study: Study, transcript_id: int, segments: list[Segment],
               passphrase: str | None) -> list[Segment]:
    from ..anonymise.apply import anonymise_segments

    return list(anonymise_segments(study, transcript_id, segments, passphrase=passphrase))


def _anonymise_corrected(study: Study, transcript_id: int, segments: list[Segment],
                         passphrase: str | None) -> list[Segment]:
    """Corrections to anonymised text may bring a name back in: run the corrected segments
    (only those) through the study's anonymisation when the study has a key."""
    from ..anonymise.keyfile import key_exists

    changed = [s for s in segments if s.origin == "corrected"]
    if not changed or not key_exists(study):
        return segments
    done = {s.idx: s for s in _anonymise(study, transcript_id, changed, passphrase)}
    return [done.get(s.idx, s) for s in segments]


def _anonymise_text(study: Study, packet: Packet, text: str, passphrase: str | None) -> str:
    """An accepted addition is exported with the transcript: anonymise it like the text."""
    from ..anonymise.keyfile import key_exists

    if not key_exists(study):
        return text
    seg = Segment(idx=-1, start=0.0, end=0.0, text=text, speaker=packet.informant,
                  origin="added")
    return _anonymise(study, packet.transcript_id, [seg], passphrase)[0].text


def apply_answer(study: Study, packet: Packet, rnd: dict[str, Any], answer: Answer,
                 decisions: dict[int, bool], *, passphrase: str | None = None) -> ApplyResult:
    """Take in an answer with the researcher's decisions (change index → accept?).
    Undecided corrections and additions count as rejected. Anonymising corrected text
    needs the linking key (``passphrase``, else $FELTARBEID_KEY_PASSPHRASE or a prompt)."""
    changes = changes_for(packet, answer)
    store = study.store
    accepted = {c.passage: c.after for c in changes
                if c.changes_text and decisions.get(c.index) and c.passage is not None}
    n_corr = sum(1 for c in changes if c.changes_text)
    adds = [c for c in changes if c.kind == "addition"]
    version_id: int | None = None
    with store.tx():
        review_store.record_answer(store, packet.packet_id,
                                   seal_record(study, answer.canonical(), passphrase=passphrase))
        if accepted:
            base = version_for(study, packet.transcript_id, packet.text_version)
            assert base is not None  # match_answer checked the text is there
            segments = transcripts_store.segments(store, int(base["id"]))
            new_segments = corrected_segments(segments, packet, accepted)
            if packet.text_version == "anonymised":
                new_segments = _anonymise_corrected(study, packet.transcript_id, new_segments,
                                                    passphrase)
            version_id = transcripts_store.save_version(
                store, packet.transcript_id, "corrected", new_segments, parent_id=int(base["id"]),
                note=f"review {packet.packet_id}: {packet.text_version} corrected")
            if packet.text_version == "verbatim":
                anon = _anonymise(study, packet.transcript_id, new_segments, passphrase)
                version_id = transcripts_store.save_version(
                    store, packet.transcript_id, "anonymised", anon, parent_id=version_id,
                    note=f"review {packet.packet_id}: anonymised after corrections")
        for c in adds:
            ok = bool(decisions.get(c.index))
            review_store.add_addition(
                store, transcript_id=packet.transcript_id, informant_code=packet.informant,
                packet_id=packet.packet_id, after_idx=None,
                text=_anonymise_text(study, packet, c.after, passphrase) if ok else c.after,
                accepted=ok)
        review_store.close_round(store, packet.packet_id, "verified", how="answer",
                                 result_version=version_id)
        details = {
            "how": "answer", "source": answer.source, "transcript": packet.transcript_id,
            "corrections_accepted": len(accepted), "corrections_rejected": n_corr - len(accepted),
            "additions_accepted": sum(1 for c in adds if decisions.get(c.index)),
            "additions_rejected": sum(1 for c in adds if not decisions.get(c.index)),
            "comments": sum(1 for c in changes if c.kind == "comment"),
            "deletions_accepted": sum(1 for c in changes
                                      if c.kind == "deletion" and decisions.get(c.index)),
            "confirmed": confirmed_count(packet, answer), "version": version_id,
        }
        store.audit("review.answer", packet.packet_id, details)
        verified = verify_transcript_if_done(study, packet.transcript_id,
                                             how="answer accepted", packet_id=packet.packet_id)
    return ApplyResult(packet.packet_id, len(accepted), n_corr - len(accepted),
                       details["additions_accepted"], details["additions_rejected"],
                       details["comments"], version_id, verified)


def record_withdrawal_request(study: Study, packet: Packet, answer: Answer) -> None:
    """The informant ticked 'I want to withdraw': keep the answer, take in nothing, record
    the request (it blocks new packets, export and purge for them until 'feltarbeid
    withdraw' — the privacy stage — carries it out or the researcher dismisses it)."""
    with study.store.tx():
        review_store.record_answer(study.store, packet.packet_id,
                                   seal_record(study, answer.canonical()))
        review_store.close_round(study.store, packet.packet_id, "withdrawn",
                                 how="informant asked to withdraw")
        request = review_store.record_withdrawal_request(
            study.store, packet.informant, packet_id=packet.packet_id)
        study.store.audit("review.withdraw_request", packet.packet_id,
                          {"informant": packet.informant, "request": request})
