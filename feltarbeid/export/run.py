"""``export_study``: collect → leak check → write the formats → manifest → states.

Nothing is written before the leak check has passed. After a successful export, the
transcripts that went out *verified* move to ``exported`` (not for the codebook alone).
``exported`` transcripts go out again with every later export: the state says "has left at
least once"; the manifests and the audit log say when and in which version. Unverified
material included on request never changes state. Released documents go out beside the
transcripts (``export.docsource``), with their comparison tables; their state stays.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import locale
from ..errors import FeltarbeidError
from ..store import exports as q
from ..study import Study
from ..textview import TimestampStyle
from ..timeutil import now_iso
from . import documents, media, refiqda, tables
from .collect import ExportSet, GuideLoader, collect
from .docsource import Comparison
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
    held_back: int = 0  # sensitive passages held back
    sensitive_included: int = 0  # sensitive passages let out (--include-sensitive)
    audio: list[str] = field(default_factory=list)  # interviews whose recording went out
    # interviews left without their recording → informants who have not said yes
    without_audio: dict[str, list[str]] = field(default_factory=dict)


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

# what each format writes (besides the codebook): the transcript and document text, the
# header of a transcript or document (codes, roles, dates), the session notes, the
# informants' and cases' details, the reflexivity memos, the comparison tables
TEXT_FORMATS = {"csv", "xlsx", "parquet", "qdpx", "docx", "txt"}
HEADER_FORMATS = {"qdpx", "docx", "txt"}
NOTE_FORMATS = {"qdpx"}
ROLE_FORMATS = {"csv", "xlsx", "parquet", "qdpx", "docx", "txt"}
DETAIL_FORMATS = {"csv", "xlsx", "parquet", "qdpx"}  # employer, attributes, case attributes
MEMO_FORMATS = {"csv", "xlsx", "parquet", "qdpx"}  # a memos table, .qdpx Notes
COMPARISON_FORMATS = {"csv", "xlsx"}  # comparison-<template>.csv, an XLSX sheet


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
    for doc in es.documents:
        text, passages = doc.render(es.study_title)
        header_end = passages[0].para_start if passages else len(text)
        if fmts & HEADER_FORMATS:
            general.append((f"{doc.key}: header", text[:header_end]))
        if fmts & TEXT_FORMATS:
            general.append((f"{doc.key}: title", doc.title))
            general.extend((f"{doc.key}: ¶{p.number}", text[p.para_start:p.text_end])
                           for p in passages)
    if fmts & COMPARISON_FORMATS:
        for comparison in es.comparisons:
            general.extend(comparison_texts(comparison))
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
    if fmts & MEMO_FORMATS:
        for m in es.memos:  # reflexivity memos: the researcher's text, checked like notes
            general.append((memo_place(m.label), m.text))
    groups: list[LeakGroup] = [((), general), *own]
    return [(codes, [(w, t) for w, t in texts if t]) for codes, texts in groups]


def note_place(session_id: str, seq: int) -> str:
    return f"{session_id}: note {seq}"


def memo_place(label: str) -> str:
    return f"memo {label}"


def comparison_texts(c: Comparison) -> list[tuple[str, str]]:
    """A comparison table's text with places (template title, themes, cells)."""
    out = [(f"comparison {c.template_id}: title", c.title)]
    out += [(f"comparison {c.template_id}: {th['id']}", th["text"]) for th in c.themes]
    labels = dict(zip(c.document_ids, c.labels, strict=True))
    out += [(f"comparison {c.template_id}: {theme}/{labels[doc]}", text)
            for (theme, doc), text in sorted(c.cells.items())]
    return out


def run_leak_check(study: Study, groups: Sequence[LeakGroup], passphrase: str | None) -> None:
    """``feltarbeid.anonymise.leaks.check_study_texts`` on every group; fails closed. A
    leak's hint says what fixes it where it is: the text (anonymise), a note
    (--without-notes), an informant's or case's details (informant set / case), a memo
    (memo edit, --without-memos), a comparison cell (document compare set)."""
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
            kinds = {_place_kind(leak.where) for leak in exc.leaks}
            hints = [locale.t(f"safety.leak_hint_{kind}") for kind in
                     ("notes", "details", "memos", "comparisons") if kind in kinds]
            if "text" in kinds:
                hints.append(exc.hint or "")
            exc.hint = "; ".join(h for h in hints if h)
            exc.args = (exc.render(),)
            raise


def _place_kind(where: str) -> str:
    """What a leak's place (as ``leak_groups`` names it) is: notes, details, memos,
    comparisons, or text (a transcript's or document's, fixed by anonymising)."""
    if where.startswith("memo "):
        return "memos"
    if where.startswith("comparison "):
        return "comparisons"
    if where.startswith("case ") or re.search(r": (role|employer|attribute )", where):
        return "details"
    if ": note " in where:
        return "notes"
    return "text"


def _slug(text: str) -> str:
    s = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return s[:60] or "feltarbeid"


def _refuse_withdrawal_requests(study: Study, es: ExportSet) -> None:
    """An informant who asked to withdraw in a review answer: nothing of theirs leaves
    until 'feltarbeid withdraw' carries it out or the researcher dismisses the request."""
    from ..store.review import withdrawal_requests

    in_export = ({code for doc in es.docs for code in doc.informant_codes}
                 | {code for doc in es.documents for code in doc.informant_codes}
                 | {code for codes in es.memo_informants.values() for code in codes})
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
    include_sensitive: bool = False,
    timestamps: TimestampStyle | None = None,
    passphrase: str | None = None,
    with_notes: bool = True,
    with_audio: bool = False,
    guide_loader: GuideLoader | None = None,
    with_memos: bool = True,
) -> ExportResult:
    """Export the study for coding. ``formats``: any of csv, xlsx, parquet, qdpx, qdc,
    docx, txt, or all. ``out``: a folder (default ``exports/<date-time>/``), or for a single
    file format a file name with its extension. ``with_audio``: the .qdpx also holds the
    recordings of the interviews whose informants all said yes (``export.media``); the
    sound of held-back sensitive passages is silenced in them. ``include_sensitive``:
    passages marked sensitive go out as they are (default: held back, see ``collect``).
    ``with_memos``: the reflexivity memos go out too (.qdpx Notes, a memos table)."""
    fmts = parse_formats(formats)
    if with_audio and "qdpx" not in fmts:
        raise FeltarbeidError(locale.t("export.audio_needs_qdpx"),
                              hint=locale.t("export.audio_needs_qdpx_hint"))
    ts: TimestampStyle = timestamps or study.settings.get("export", "timestamps")
    styles = ("f4", "brackets", "none")
    if ts not in styles:
        raise FeltarbeidError(locale.t("export.bad_timestamps", value=ts),
                              hint=locale.choices(styles))
    folder, single = _target(study, fmts, out)
    es = collect(study, include_unverified=include_unverified,
                 include_sensitive=include_sensitive, guide_loader=guide_loader)
    if not with_memos:
        es = replace(es, memos=[], memo_informants={})
    if not es.docs and not es.documents:
        reasons = ", ".join(f"{r}: {n}" for r, n in
                            sorted(_count(e.reason for e in es.excluded).items())) or "—"
        raise FeltarbeidError(locale.t("export.nothing", reasons=reasons),
                              where=str(study.root), hint=locale.t("export.nothing_hint"))
    _refuse_withdrawal_requests(study, es)
    without_audio: dict[str, list[str]] = {}
    if with_audio:
        without_audio = {d.key: r for d in es.docs if (r := media.voice_refusals(d))}
        if len(without_audio) == len(es.docs):
            raise FeltarbeidError(
                locale.t("export.audio_none", who=_refusal_text(without_audio)),
                where=str(study.root), hint=locale.t("export.audio_consent_hint"))
    run_leak_check(study, leak_groups(es, ts, with_notes, fmts), passphrase)

    at = now_iso()
    folder.mkdir(parents=True, exist_ok=True)
    converted = (tempfile.TemporaryDirectory(prefix=".audio-", dir=folder) if with_audio
                 else contextlib.nullcontext(str(folder)))
    with converted as work:
        # the recordings are converted first (a missing one stops the export before any
        # file is written), and wait in the export folder, never in the system's temp
        tracks = {d.key: media.convert(study.root / d.recording_path,
                                       Path(work) / f"{n}.{media.AUDIO_EXTENSION}",
                                       silence=media.held_back_times(d))
                  for n, d in enumerate(es.docs) if with_audio and d.key not in without_audio}
        files, audio_docs = _write_formats(study, es, fmts, folder, single, ts, with_notes,
                                           tracks)

    options = {"include_unverified": include_unverified,
               "include_sensitive": include_sensitive, "timestamps": ts,
               "notes": with_notes, "with_audio": with_audio, "memos": with_memos}
    carries_text = fmts != ["qdc"]  # the codebook alone holds no transcript text
    manifest = build_manifest(es if carries_text else replace(es, docs=[], documents=[],
                                                              comparisons=[], memos=[]),
                              formats=fmts,
                              files=files, root=folder, options=options, at=at,
                              audio=audio_docs)
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
                        marked=sum(1 for d in es.docs if d.marks), moved_to_exported=moved,
                        audio=audio_docs, without_audio=without_audio,
                        held_back=manifest["sensitive"]["held_back"],
                        sensitive_included=manifest["sensitive"]["included"])


def _refusal_text(without: dict[str, list[str]]) -> str:
    return "; ".join(f"{key}: {', '.join(codes)}" for key, codes in without.items())


def _write_formats(study: Study, es: ExportSet, fmts: list[str], folder: Path,
                   single: Path | None, ts: TimestampStyle, with_notes: bool,
                   tracks: dict[str, refiqda.AudioTrack]) -> tuple[list[Path], list[str]]:
    """Write every format asked for; (files written, interviews whose audio went in)."""
    stem = _slug(study.title)
    files: list[Path] = []
    audio_docs: list[str] = []

    def target(fmt: str, default_name: str) -> Path:
        return single if single is not None and fmt == fmts[0] else folder / default_name

    if any(f in fmts for f in ("csv", "xlsx", "parquet")):
        seg = tables.segments_frame(es)
        cov = tables.coverage_frame(es)
        docs = tables.documents_frame(es) if es.documents else None
        comparisons = {c.template_id: tables.comparison_frame(c) for c in es.comparisons}
        mem = tables.memos_frame(es) if es.memos else None
        for fmt, write in (("csv", tables.write_csv), ("parquet", tables.write_parquet)):
            if fmt in fmts:
                p = target(fmt, f"segments.{fmt}")
                files.append(write(seg, p))

                def beside(name: str, p: Path = p, fmt: str = fmt) -> Path:
                    return (p.with_name(f"{p.stem}-{name}.{fmt}") if p == single
                            else folder / f"{name}.{fmt}")

                files.append(write(cov, beside("coverage")))
                if docs is not None:
                    files.append(write(docs, beside("documents")))
                if mem is not None:
                    files.append(write(mem, beside("memos")))
                if fmt == "csv":  # comparison tables: CSV and XLSX (a table to read)
                    for tid, frame in comparisons.items():
                        files.append(write(frame, beside(f"comparison-{_slug(tid)}")))
        if "xlsx" in fmts:
            sheets = {locale.t("export.sheet_segments"): seg,
                      locale.t("export.sheet_coverage"): cov}
            if docs is not None:
                sheets[locale.t("documents.sheet_documents")] = docs
            for tid, frame in comparisons.items():
                sheets[locale.t("documents.sheet_comparison", id=tid)] = frame
            if mem is not None:
                sheets[locale.t("memo.sheet_name")] = mem
            files.append(tables.write_xlsx(sheets, target("xlsx", f"{stem}.xlsx")))
    if "qdpx" in fmts:
        project = refiqda.build_project(
            es, timestamps=ts, researcher=study.settings.get("study", "researcher"),
            with_notes=with_notes, audio=tracks)
        files.append(refiqda.write_qdpx(project, target("qdpx", f"{stem}.qdpx")))
        audio_docs = project.audio_docs
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
            if es.documents:
                sub = folder / "documents" / fmt
                sub.mkdir(parents=True, exist_ok=True)
                files.extend(writer(es, d, sub, ts) for d in es.documents)
    return files, audio_docs


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
        # never overwrite: the file, the tables written beside it, or its manifest
        companions = [path, path.with_name(path.stem + ".manifest.json")]
        if fmts[0] in ("csv", "parquet"):
            companions += [path.with_name(f"{path.stem}-{name}{path.suffix}")
                           for name in ("coverage", "documents", "memos")]
            companions += sorted(path.parent.glob(f"{path.stem}-comparison-*{path.suffix}"))
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
