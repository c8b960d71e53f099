"""Withdrawals seen from review: an informant's request to withdraw written in an answer
(recorded by ``returns``) blocks new packets until ``feltarbeid withdraw`` carries it out
or the researcher dismisses it; a withdrawn consent closes the informant's open rounds and
the transcripts only they speak in. Used by the packet builder, the answer reader and the
status view alike, so it depends on the store only (no import circle with them)."""

from __future__ import annotations

from typing import Any

from ..errors import FeltarbeidError
from ..locale import t
from ..store import review as review_store
from ..store import transcripts as transcripts_store
from ..store.registers import list_informants, require_informant
from ..study import Study


def open_withdrawal_requests(study: Study) -> dict[str, dict[str, Any]]:
    """Informant code -> their oldest open withdrawal request (asked for in an answer,
    neither carried out with 'feltarbeid withdraw' nor dismissed)."""
    out: dict[str, dict[str, Any]] = {}
    for r in review_store.withdrawal_requests(study.store, status="open"):
        out.setdefault(r["informant_code"], r)
    return out


def withdrawal_request_error(code: str, request: dict[str, Any]) -> FeltarbeidError:
    return FeltarbeidError(
        t("review.request_blocks", code=code, date=(request["requested_at"] or "")[:10]),
        hint=t("review.request_blocks_hint", code=code))


def refuse_if_withdrawal_requested(study: Study, code: str) -> None:
    """Nothing new goes to an informant who asked to withdraw until that is settled."""
    request = open_withdrawal_requests(study).get(code)
    if request is not None:
        raise withdrawal_request_error(code, request)


def dismiss_withdrawal_request(study: Study, code: str) -> list[int]:
    """The researcher dismisses the informant's open request(s) (e.g. ticked by mistake,
    as the informant confirmed): packets can be made again. Audited."""
    require_informant(study.store, code)
    open_ = [r for r in review_store.withdrawal_requests(study.store, informant_code=code,
                                                         status="open")]
    if not open_:
        raise FeltarbeidError(t("review.request_none", code=code),
                              hint=t("review.request_none_hint"))
    with study.store.tx():
        ids = review_store.resolve_withdrawal_requests(study.store, code, "dismissed")
        study.store.audit("review.withdraw_request_dismissed", code, {
            "requests": ids, "packet": open_[0]["packet_id"],
            "requested_at": open_[0]["requested_at"]})
    return ids


def apply_withdrawals(study: Study) -> list[str]:
    """An informant whose consent is withdrawn: their open review rounds become
    ``withdrawn``, and so do transcripts whose every informant has withdrawn (idempotent;
    ``feltarbeid withdraw`` in the privacy stage deletes the material itself)."""
    changed: list[str] = []
    withdrawn = {i.code for i in list_informants(study.store) if i.consent == "withdrawn"}
    for code in sorted(withdrawn):
        review_store.resolve_withdrawal_requests(study.store, code, "withdrawn")
        ids = review_store.withdraw_rounds(study.store, code)
        if ids:
            study.store.audit("review.withdrawn", code, {"packets": ids})
        changed.extend(ids)
        for tr in review_store.informant_transcripts(study.store, code):
            if tr["state"] != "withdrawn" and set(tr["informants"]) <= withdrawn:
                transcripts_store.set_state(study.store, tr["transcript_id"], "withdrawn",
                                            audit={"how": "consent withdrawn"})
    return changed
