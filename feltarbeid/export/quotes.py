"""Quotes for the thesis: a passage verbatim from the verified transcript, with attribution.

Quote ids are stable: ``WHO-INTERVIEW-NNN`` — the speaker's informant code (or the
interview's informant for the interviewer's lines), the interview (session id), and the
segment number (``idx + 1``; additions after segment NNN are ``NNNa``, ``NNNb``…), e.g.
``IP01-S001-017``. A range ``IP01-S001-017..019`` gives consecutive passages of one
interview. The attribution follows ``[export] attribution`` (fields ``{code}``, ``{role}``,
``{case}``, ``{theme}``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import locale
from ..errors import FeltarbeidError
from ..study import Study
from .collect import INTERVIEWER, ExportDoc, ExportSet, collect

_RANGE = re.compile(r"^(?P<first>.+?-(?P<num>\d{3,}[a-z]*))\.\.(?P<last>\d{3,}[a-z]*)$")


@dataclass
class Quote:
    quote_id: str
    text: str
    attribution: str
    doc: ExportDoc
    first: int  # index into doc.segments
    last: int


def find_quote(es: ExportSet, quote_id: str, attribution: str) -> Quote:
    quote_id = quote_id.strip()
    first_id, last_num = quote_id, None
    m = _RANGE.match(quote_id)
    if m:
        first_id, last_num = m.group("first"), m.group("last")
    for doc in es.docs:
        if first_id not in doc.quote_ids:
            continue
        i = doc.quote_ids.index(first_id)
        j = i
        if last_num is not None:
            prefix = first_id[: -len(m.group("num"))] if m else ""
            ends = [k for k, qid in enumerate(doc.quote_ids) if k >= i and
                    qid.rsplit("-", 1)[-1] == last_num]
            if not ends:
                raise FeltarbeidError(locale.t("export.quote_bad_range", id=quote_id),
                                      hint=locale.t("export.quote_hint", example=prefix + "017"))
            j = ends[0]
        held = [k for k in doc.sensitive if i <= k <= j]
        if held and doc.held_back:
            raise FeltarbeidError(
                locale.t("sensitive.quote_held_back", id=quote_id,
                         passages=", ".join(doc.quote_ids[k] for k in held)),
                hint=locale.t("sensitive.quote_held_back_hint"))
        text = " ".join(s.text for s in doc.segments[i: j + 1])
        return Quote(quote_id=quote_id, text=text,
                     attribution=attribute(doc, i, attribution), doc=doc, first=i, last=j)
    example = next((d.quote_ids[0] for d in es.docs if d.quote_ids), "IP01-S001-001")
    raise FeltarbeidError(locale.t("export.quote_unknown", id=quote_id),
                          hint=locale.t("export.quote_hint", example=example))


def attribute(doc: ExportDoc, index: int, template: str) -> str:
    seg = doc.segments[index]
    inf = next((i for i in doc.informants if i.code == seg.speaker), None)
    if seg.speaker == INTERVIEWER or inf is None:
        code, role = INTERVIEWER, locale.t("export.interviewer")
    else:
        code, role = inf.code, inf.role
    theme = ""
    if doc.guide and seg.item_id:
        section = doc.guide.section_of(seg.item_id)
        theme = (section.title or section.label.rstrip(" :.")) if section else ""
    fields = {"code": code, "role": role, "case": doc.case.code if doc.case else "",
              "theme": theme}
    try:
        text = template.format(**fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise FeltarbeidError(
            locale.t("export.attribution_bad", template=template, error=str(exc)),
            where="feltarbeid.toml [export] attribution",
            hint=locale.t("export.attribution_hint"),
        ) from None
    return " ".join(text.split()).strip(" ,;-") or code


def format_quote(q: Quote) -> str:
    return locale.t("export.quote_format", text=q.text, attribution=q.attribution,
                    id=q.quote_id)


def quote_text(study: Study, quote_id: str, *, include_unverified: bool = False,
               include_sensitive: bool = False, passphrase: str | None = None) -> str:
    """The quote as printed by ``feltarbeid quote``: leak-checked, attributed in the study's
    style, and marked when it comes from unverified material. A passage marked sensitive
    is refused unless ``include_sensitive`` (then marked, and audited)."""
    from .run import run_leak_check

    es = collect(study, include_unverified=include_unverified,
                 include_sensitive=include_sensitive)
    q = find_quote(es, quote_id, study.settings.get("export", "attribution"))
    codes = tuple(i.code for i in q.doc.informants if i.anonymise_wish == "no")
    run_leak_check(study, [(codes, [(q.quote_id, q.text)])], passphrase)
    marks = [locale.t(f"export.mark_{m}") for m in q.doc.marks]
    sensitive = [k for k in q.doc.sensitive if q.first <= k <= q.last]
    if sensitive:
        marks.append(locale.plural("sensitive.quote_included", len(sensitive)))
        study.store.audit("quote.sensitive", q.doc.key, {
            "transcript": q.doc.transcript_id, "passages": len(sensitive)})
    return "\n".join([format_quote(q), *marks])
