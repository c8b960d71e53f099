"""``export_study``: collect → leak check → write the formats → manifest → states.

Nothing is written before the leak check has passed. After a successful export, the
transcripts that went out *verified* move to ``exported`` (not for the codebook alone).
``exported`` transcripts go out again with every later export: the state says "has left at
least once"; the manifests and the audit log say when and in which version. Unverified
material included on request never changes state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import locale
from ..errors import FeltarbeidError
from ..store import exports as q
from ..study import Study
from ..textview import TimestampStyle
from ..timeutil import now_iso
from . import documents, refiqda, tables
from .collect import ExportSet, GuideLoader, collect
from .manifest import audit_details, build_manifest, write_manifest

FORMATS = ("csv", "xlsx", "parquet", "qdpx", "qdc", "docx", "txt")
SINGLE_FILE = {"xlsx": ".xlsx", "qdpx": ".qdpx", "qdc": ".qdc", "csv": ".csv",
               "parquet": ".parquet"}


@dataclass
class ExportResult:
    folder: Path
    files: list[Path]
    manifest_path: Path
    manifest: dict[str, Any]
    exported: int  # documents
    marked: int  # documents marked unverified / not anonymised
    moved_to_exported: int


def parse_formats(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for raw in values:
        for v in str(raw).lower().split(","):
            v = v.strip().lstrip(".")
            if not v:
                continue
            if v == "all":
                out.extend(f for f in FORMATS if f not in out)
            elif v in FORMATS:
                if v not in out:
                    out.append(v)
            else:
                raise FeltarbeidError(locale.t("export.bad_format", format=v),
                                      hint=locale.t("export.formats_hint",
                                                    formats=", ".join((*FORMATS, "all"))))
    if not out:
        raise FeltarbeidError(locale.t("export.no_format"),
                              hint=locale.t("export.formats_hint",
                                            formats=", ".join((*FORMATS, "all"))))
    return out


LeakGroup = tuple[tuple[str, ...], list[tuple[str, str]]]

# what each format writes (besides the codebook): the transcript text, the document header
# (codes, roles, dates), the session notes, the informants' and cases' details
TEXT_FORMATS = {"csv", "xlsx", "parquet", "qdpx", "docx", "txt"}
HEADER_FORMATS = {"qdpx", "docx", "txt"}
NOTE_FORMATS = {"qdpx"}
ROLE_FORMATS = {"csv", "xlsx", "parquet", "qdpx", "docx", "txt"}
DETAIL_FORMATS = {"csv", "xlsx", "parquet", "qdpx"}  # employer, attributes, case attributes


def leak_groups(es: ExportSet, timestamps: TimestampStyle, with_notes: bool,
                formats: Iterable[str] = FORMATS) -> list[LeakGroup]:
    """Every piece of text the chosen ``formats`` write, each with the place to name,
    grouped by the informants whose own material it is. Only an informant who declined
    anonymisation may keep their own name, and only in their own interview: those
    interviews are checked with their codes, everything else with none. What a format does
    not write (notes in a CSV, the employer in a DOCX) is not checked for it."""
    fmts = set(formats)
    general: list[tuple[str, str]] = []
    own: list[LeakGroup] = []
    for d in es.docs:
        texts: list[tuple[str, str]] = []
        text, passages = d.render(es.study_title, timestamps)
        header_end = passages[0].para_start if passages else len(text)
        if fmts & HEADER_FORMATS:
            texts.append((f"{d.name}: header", text[:header_end]))
        if fmts & TEXT_FORMATS:
            for p, qid in zip(passages, d.quote_ids, strict=True):
                texts.append((f"{d.name}: {qid}", text[p.para_start:p.text_end]))
        if (with_notes and fmts & NOTE_FORMATS and d.session and d.session.id in es.notes
                and d.key == d.session.id):
            for ev in es.notes[d.session.id]:
                texts.append((note_place(d.session.id, ev.seq),
                              str(ev.payload.get("text", ""))))
        decliners = tuple(i.code for i in d.informants if i.anonymise_wish == "no")
        if decliners:
            own.append((decliners, texts))
        else:
            general.extend(texts)
    for inf in es.informants:
        if fmts & ROLE_FORMATS:
            general.append((f"{inf.code}: role", inf.role))
        if fmts & DETAIL_FORMATS:
            general.append((f"{inf.code}: employer", inf.employer))
            for k, v in inf.attributes.items():
                general.append((f"{inf.code}: attribute {k}", str(v)))
    if fmts & DETAIL_FORMATS:
        for case in es.cases:
            for k, v in case.attributes.items():
                general.append((f"case {case.code}: attribute {k}", str(v)))
    groups: list[LeakGroup] = [((), general), *own]
    return [(codes, [(w, t) for w, t in texts if t]) for codes, texts in groups]


def note_place(session_id: str, seq: int) -> str:
    return f"{session_id}: note {seq}"


def run_leak_check(study: Study, groups: Sequence[LeakGroup], passphrase: str | None) -> None:
    """``feltarbeid.anonymise.leaks.check_study_texts`` on every group; fails closed. A
    leak's hint says what fixes it where it is: the text (anonymise), a note
    (--without-notes), an informant's or case's details (informant set / case)."""
    try:
        from ..anonymise.leaks import LeakFound, check_study_texts
    except ImportError:
        raise FeltarbeidError(locale.t("export.no_leak_check"),
                              hint=locale.t("export.no_leak_check_hint")) from None
    for codes, texts in groups:
        if not texts:
            continue
        try:
            check_study_texts(study, texts, passphrase=passphrase, informant_codes=codes)
        except LeakFound as exc:
            hints = []
            places = [leak.where for leak in exc.leaks]
            if any(": note " in w for w in places):
                hints.append(locale.t("safety.leak_hint_notes"))
            if any(re.search(r": (role|employer|attribute )", w) or w.startswith("case ")
                   for w in places):
                hints.append(locale.t("safety.leak_hint_details"))
            if any(not re.search(r": (note |role|employer|attribute )", w)
                   and not w.startswith("case ") for w in places):
                hints.append(exc.hint or "")
            exc.hint = "; ".join(h for h in hints if h)
            exc.args = (exc.render(),)
            raise


def _slug(text: str) -> str:
    s = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return s[:60] or "feltarbeid"


def _refuse_withdrawal_requests(study: Study, es: ExportSet) -> None:
    """An informant who asked to withdraw in a review answer: nothing of theirs leaves
    until 'feltarbeid withdraw' carries it out or the researcher dismisses the request."""
    from ..store.review import withdrawal_requests

    in_export = {code for doc in es.docs for code in doc.informant_codes}
    for request in withdrawal_requests(study.store, status="open"):
        code = request["informant_code"]
        if code in in_export:
            raise FeltarbeidError(
                locale.t("review.request_blocks", code=code,
                         date=(request["requested_at"] or "")[:10]),
                where=str(study.root), hint=locale.t("review.request_blocks_hint", code=code))


def export_study(
    study: Study,
    formats: Sequence[str] = ("all",),
    *,
    out: Path | str | None = None,
    include_unverified: bool = False,
    timestamps: TimestampStyle | None = None,
    passphrase: str | None = None,
    with_notes: bool = True,
    guide_loader: GuideLoader | None = None,
) -> ExportResult:
    """Export the study for coding. ``formats``: any of csv, xlsx, parquet, qdpx, qdc,
    docx, txt, or all. ``out``: a folder (default ``exports/<date-time>/``), or for a single
    file format a file name with its extension."""
    fmts = parse_formats(formats)
    ts: TimestampStyle = timestamps or study.settings.get("export", "timestamps")
    if ts not in ("f4", "brackets", "none"):
        raise FeltarbeidError(locale.t("export.bad_timestamps", value=ts),
                              hint="f4, brackets")
    folder, single = _target(study, fmts, out)
    es = collect(study, include_unverified=include_unverified, guide_loader=guide_loader)
    if not es.docs:
        reasons = ", ".join(f"{r}: {n}" for r, n in
                            sorted(_count(e.reason for e in es.excluded).items())) or "—"
        raise FeltarbeidError(locale.t("export.nothing", reasons=reasons),
                              where=str(study.root), hint=locale.t("export.nothing_hint"))
    _refuse_withdrawal_requests(study, es)
    run_leak_check(study, leak_groups(es, ts, with_notes, fmts), passphrase)

    at = now_iso()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _slug(study.title)
    files: list[Path] = []

    def target(fmt: str, default_name: str) -> Path:
        return single if single is not None and fmt == fmts[0] else folder / default_name

    if any(f in fmts for f in ("csv", "xlsx", "parquet")):
        seg = tables.segments_frame(es)
        cov = tables.coverage_frame(es)
        for fmt, write in (("csv", tables.write_csv), ("parquet", tables.write_parquet)):
            if fmt in fmts:
                p = target(fmt, f"segments.{fmt}")
                files.append(write(seg, p))
                cov_path = (p.with_name(f"{p.stem}-coverage.{fmt}") if p == single
                            else folder / f"coverage.{fmt}")
                files.append(write(cov, cov_path))
        if "xlsx" in fmts:
            files.append(tables.write_xlsx(
                {locale.t("export.sheet_segments"): seg,
                 locale.t("export.sheet_coverage"): cov},
                target("xlsx", f"{stem}.xlsx")))
    if "qdpx" in fmts:
        project = refiqda.build_project(
            es, timestamps=ts, researcher=study.settings.get("study", "researcher"),
            with_notes=with_notes)
        files.append(refiqda.write_qdpx(project, target("qdpx", f"{stem}.qdpx")))
    if "qdc" in fmts:
        p = target("qdc", f"{stem}.qdc")
        tmp = p.with_name(p.name + ".part")
        tmp.write_bytes(refiqda.build_codebook_xml(es))
        tmp.replace(p)
        files.append(p)
    for fmt, writer in (("docx", documents.write_docx), ("txt", documents.write_txt)):
        if fmt in fmts:
            sub = folder / "transcripts" / fmt
            sub.mkdir(parents=True, exist_ok=True)
            files.extend(writer(es, d, sub, ts) for d in es.docs)

    options = {"include_unverified": include_unverified, "timestamps": ts,
               "notes": with_notes}
    carries_text = fmts != ["qdc"]  # the codebook alone holds no transcript text
    manifest = build_manifest(es if carries_text else replace(es, docs=[]), formats=fmts,
                              files=files, root=folder, options=options, at=at)
    manifest_path = (single.with_name(single.stem + ".manifest.json") if single
                     else folder / "manifest.json")
    write_manifest(manifest, manifest_path)
    with study.store.tx():
        # "folder": where the manifest's relative file paths start (a single file's folder)
        study.store.audit("export", (single or folder).name,
                          {**audit_details(manifest), "folder": str(folder)})
        moved = q.mark_exported(study.store, [
            d.transcript_id for d in es.docs if not d.marks and d.state == "verified"
        ], at) if carries_text else 0
    return ExportResult(folder=folder, files=files, manifest_path=manifest_path,
                        manifest=manifest, exported=len(es.docs) if carries_text else 0,
                        marked=sum(1 for d in es.docs if d.marks), moved_to_exported=moved)


def _count(values: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def _target(study: Study, fmts: list[str], out: Path | str | None) -> tuple[Path, Path | None]:
    """(folder, single file or None)."""
    if out is None:
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
        folder, n = study.exports_dir / stamp, 1
        while folder.exists():  # two exports in one second: never into the same folder
            n += 1
            folder = study.exports_dir / f"{stamp}-{n}"
        return folder, None
    path = Path(out).expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    if path.suffix:
        if len(fmts) != 1 or SINGLE_FILE.get(fmts[0]) != path.suffix.lower():
            raise FeltarbeidError(
                locale.t("export.out_suffix", path=str(path)),
                hint=locale.t("export.out_suffix_hint"))
        if path.is_dir():
            raise FeltarbeidError(locale.t("export.out_is_folder"), where=str(path))
        # never overwrite: the file, its coverage table or its manifest
        companions = [path, path.with_name(path.stem + ".manifest.json")]
        if fmts[0] in ("csv", "parquet"):
            companions.append(path.with_name(f"{path.stem}-coverage{path.suffix}"))
        for p in companions:
            if p.exists() or p.is_symlink():
                raise FeltarbeidError(locale.t("safety.export_exists"), where=str(p),
                                      hint=locale.t("safety.export_exists_hint"))
        return path.parent, path
    if path.exists() and not path.is_dir():
        raise FeltarbeidError(locale.t("export.out_not_folder"), where=str(path))
    if path.is_dir() and any(path.iterdir()):
        raise FeltarbeidError(locale.t("safety.export_folder_not_empty"), where=str(path),
                              hint=locale.t("safety.export_exists_hint"))
    return path, None
