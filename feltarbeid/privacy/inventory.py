"""What personal data a study holds, and where: the facts behind ``privacy report`` and
``purge``. Read-only.

Export manifests are read from the audit log: every entry whose action is ``export`` or
starts with ``export.`` is one export. The details keys read (all optional):

- ``files`` (list of paths) or ``path`` / ``out`` (one path): what was written, relative to
  the study folder or absolute;
- ``informants``: the informant codes whose material is in it;
- ``transcripts``: transcript ids in it;
- ``include_unverified`` (bool) and/or ``unverified`` (list of transcript ids): material
  that was not verified by the informant went into the export;
- ``voices``: the informant codes whose recordings (voice) went into the export
  (``export --with-audio``);
- ``documents``: document ids in it (or ``[id, version, ...]`` lists);
- ``sensitive``: ``{"held_back": n, "included": n}``, passages marked sensitive that were
  held back or let out (``export --include-sensitive``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import documents as documents_store
from ..store import memos, recruitment
from ..store import privacy as sql
from ..store.transcripts import holds_verbatim
from ..study import Study

# transcript states whose current version is kept at the end of the study
KEPT_STATES = ("verified", "exported")


@dataclass(frozen=True)
class Holding:
    """One kind of personal data and where it is."""

    category: str  # recordings, raw_transcripts, intermediate_transcripts, kept_transcripts,
    #                review_texts, contacts, memos, key, packets, returns, exports, journal,
    #                logs, database
    where: str
    files: int = 0
    bytes: int = 0
    rows: int = 0  # database rows (segments, rounds ...) where that is the unit
    exists: bool = True


@dataclass(frozen=True)
class ExportManifest:
    seq: int
    at: str
    action: str
    files: tuple[str, ...]
    informants: tuple[str, ...]
    transcripts: tuple[int, ...]
    include_unverified: bool
    unverified: tuple[int, ...]
    voices: tuple[str, ...] = ()  # informants whose recording (voice) is in it
    documents: tuple[int, ...] = ()  # document ids in it
    sensitive_held_back: int = 0  # passages marked sensitive, held back
    sensitive_included: int = 0  # ... let out on request


@dataclass(frozen=True)
class OutsidePath:
    """A file the study knows of that lies outside the study folder."""

    what: str  # key, recording, guide, export
    path: Path
    exists: bool
    personal: bool


@dataclass
class KeptVersion:
    transcript_id: int
    version_id: int
    kind: str
    anonymised: bool


@dataclass
class KeptDocument:
    document_id: int
    version_id: int  # its newest anonymised version


@dataclass
class KeptPlan:
    """What the end of the study keeps: the current version of every verified/exported
    transcript whose text is anonymised. ``not_anonymised``: verified transcripts whose
    current text is verbatim (kept only if the researcher says so). Documents: the newest
    anonymised text of every released document the researcher checked."""

    kept: list[KeptVersion] = field(default_factory=list)
    not_anonymised: list[KeptVersion] = field(default_factory=list)
    dropped_transcripts: list[int] = field(default_factory=list)
    kept_documents: list[KeptDocument] = field(default_factory=list)
    dropped_documents: list[int] = field(default_factory=list)


def folder_stats(folder: Path) -> tuple[int, int]:
    """(number of files, bytes) under ``folder``; links are not followed."""
    files = size = 0
    if not folder.is_dir():
        return 0, 0
    for dirpath, _dirs, names in os.walk(folder, followlinks=False):
        for name in names:
            p = Path(dirpath) / name
            try:
                st = p.lstat()
            except OSError:
                continue
            files += 1
            size += st.st_size
    return files, size


def list_files(folder: Path) -> list[Path]:
    out: list[Path] = []
    if not folder.is_dir():
        return out
    for dirpath, _dirs, names in os.walk(folder, followlinks=False):
        out.extend(Path(dirpath) / n for n in sorted(names))
    return sorted(out)


def resolve_in_study(study: Study, raw: str) -> Path:
    p = Path(raw).expanduser()
    return p if p.is_absolute() else study.root / p


def is_inside(study: Study, path: Path) -> bool:
    try:
        path.resolve().relative_to(study.root.resolve())
        return True
    except ValueError:
        return False


def is_age_file(path: Path) -> bool:
    """An age-encrypted file starts with 'age-encryption.org/' (binary) or the ASCII armor
    header."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    return head.startswith(b"age-encryption.org/") or head.startswith(
        b"-----BEGIN AGE ENCRYPTED FILE-----")


def key_copies_inside(study: Study) -> list[Path]:
    """Files inside the study folder that are passphrase-encrypted age files — copies of
    a linking key (``key export`` into the study, a backup put there by hand) — other than
    the configured key itself (reported on its own). Files sealed *to* the key (age with
    an X25519 recipient) are not keys."""
    configured = study.key_path.resolve()
    out: list[Path] = []
    for path in sorted(study.root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.resolve() == configured:
            continue
        try:
            with open(path, "rb") as fh:
                head = fh.read(256)
        except OSError:
            continue
        if head.startswith(b"age-encryption.org/v1\n-> scrypt "):
            out.append(path)
    return out


def export_manifests(study: Study) -> list[ExportManifest]:
    """Every export in the audit log, read from the details the export stage writes
    (``feltarbeid.export.manifest.audit_details``) or the simple keys in the module
    docstring. File paths are made relative to the study folder where they can be."""
    out = []
    for e in study.store.audit_entries():
        action = e["action"]
        if action != "export" and not action.startswith("export."):
            continue
        d: dict[str, Any] = e["details"] if isinstance(e["details"], dict) else {}
        base = _export_folder(study, d, e["subject"])
        names = {Path(f[0] if isinstance(f, list | tuple) and f else str(f)).name
                 for f in d.get("files") or ()}
        if base.is_file() or (base.suffix and base.name in names):
            base = base.parent  # exports before 0.2 recorded a single file as the folder
        files: list[str] = []
        for f in d.get("files") or ():
            raw = f[0] if isinstance(f, list | tuple) and f else f
            if isinstance(raw, str) and raw:
                files.append(_study_relative(study, base, raw))
        for k in ("path", "out"):
            if isinstance(d.get(k), str) and d[k]:
                files.append(_study_relative(study, base, d[k]))
        transcripts = [_int(x) for x in d.get("transcripts") or ()]
        unverified = [_int(x) for x in d.get("unverified") or ()]
        for v in d.get("versions") or ():  # [transcript, version, kind, hash, marks]
            if isinstance(v, list | tuple) and v:
                transcripts.append(_int(v[0]))
                if len(v) > 4 and v[4]:
                    unverified.append(_int(v[0]))
        transcripts = [x for x in dict.fromkeys(transcripts) if x is not None]
        unverified = [x for x in dict.fromkeys(unverified) if x is not None]
        flagged = bool(d.get("include_unverified")) if "versions" not in d else False
        informants = [str(c) for c in d.get("informants") or ()] or \
            _informants_of_transcripts(study, transcripts)
        out.append(ExportManifest(
            seq=int(e["seq"]), at=e["at"], action=action, files=tuple(files),
            informants=tuple(informants), transcripts=tuple(transcripts),
            include_unverified=flagged or bool(unverified), unverified=tuple(unverified),
            voices=tuple(str(c) for c in d.get("voices") or ()),
            documents=tuple(x for x in (_int(v[0] if isinstance(v, list | tuple) and v
                                             else v) for v in d.get("documents") or ())
                            if x is not None),
            sensitive_held_back=_count(d, "held_back"),
            sensitive_included=_count(d, "included"),
        ))
    return out


def _count(details: dict[str, Any], key: str) -> int:
    sensitive = details.get("sensitive")
    return (_int(sensitive.get(key)) or 0) if isinstance(sensitive, dict) else 0


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _export_folder(study: Study, details: dict[str, Any], subject: str) -> Path:
    """Where an export's relative file paths start: ``details['folder']`` if the export
    recorded it, else ``exports/<subject>`` (the export stage's default folder)."""
    folder = details.get("folder")
    if isinstance(folder, str) and folder:
        return resolve_in_study(study, folder)
    if subject and (study.exports_dir / subject).is_dir():
        return study.exports_dir / subject
    return study.root


def _study_relative(study: Study, base: Path, raw: str) -> str:
    p = Path(raw).expanduser()
    if not p.is_absolute():
        p = base / p
    try:
        return p.resolve().relative_to(study.root.resolve()).as_posix()
    except ValueError:
        return str(p)


def _informants_of_transcripts(study: Study, transcript_ids: list[int]) -> list[str]:
    codes: list[str] = []
    for t in sql.transcripts(study.store):
        if t["id"] not in transcript_ids:
            continue
        row = study.store.one("SELECT session_id FROM recordings WHERE id = ?",
                              (t["recording_id"],))
        if row and row["session_id"]:
            codes.extend(sql.session_informants(study.store, row["session_id"]))
    return sorted(set(codes))


def outside_paths(study: Study) -> list[OutsidePath]:
    """Files the study refers to that are not inside its folder."""
    found: list[OutsidePath] = []
    key = study.key_path
    if not is_inside(study, key):
        found.append(OutsidePath("key", key, key.exists(), True))
    for r in sql.recordings(study.store):
        if r["state"] == "deleted" or not r["path"]:
            continue
        p = resolve_in_study(study, r["path"])
        if not is_inside(study, p):
            found.append(OutsidePath("recording", p, p.exists(), True))
    guide = study.settings.guide_path()
    if guide is not None and not is_inside(study, guide):
        found.append(OutsidePath("guide", guide, guide.exists(), False))
    seen: set[Path] = set()
    for m in export_manifests(study):
        for f in m.files:
            p = resolve_in_study(study, f)
            if p not in seen and not is_inside(study, p):
                seen.add(p)
                found.append(OutsidePath("export", p, p.exists(), True))
    return found


def recording_files(study: Study, recording: dict[str, Any]) -> Path | None:
    if not recording["path"]:
        return None
    return resolve_in_study(study, recording["path"])


def holdings(study: Study) -> list[Holding]:
    """Every place personal data is held, with counts. Database text is counted in
    segments (lines of transcript)."""
    store = study.store
    out: list[Holding] = []
    recs = [r for r in sql.recordings(store) if r["state"] != "deleted"]
    rec_files = [p for r in recs if (p := recording_files(study, r)) is not None]
    existing = [p for p in rec_files if p.is_file()]
    out.append(Holding("recordings", _rel(study, study.recordings_dir), len(existing),
                       sum(p.stat().st_size for p in existing), len(recs)))
    loose_files, loose_bytes = folder_stats(study.recordings_dir)
    known = {p.resolve() for p in existing}
    loose = [p for p in list_files(study.recordings_dir) if p.resolve() not in known]
    if loose:
        out.append(Holding("unregistered_recordings", _rel(study, study.recordings_dir),
                           len(loose), sum(p.lstat().st_size for p in loose)))
    by_kind = _segments_by_class(study)
    out.append(Holding("raw_transcripts", "feltarbeid.db", rows=by_kind["raw"]))
    out.append(Holding("intermediate_transcripts", "feltarbeid.db", rows=by_kind["intermediate"]))
    out.append(Holding("kept_transcripts", "feltarbeid.db", rows=by_kind["kept"]))
    doc_files = [p for d in documents_store.list_documents(store)
                 if d.path and (p := study.root / d.path).is_file()]
    out.append(Holding("documents", _rel(study, study.documents_dir), len(doc_files),
                       sum(p.stat().st_size for p in doc_files),
                       exists=study.documents_dir.exists()))
    paragraphs = documents_store.paragraph_counts(store)
    out.append(Holding("raw_documents", "feltarbeid.db", rows=paragraphs.get("extracted", 0)))
    out.append(Holding("anonymised_documents", "feltarbeid.db",
                       rows=paragraphs.get("anonymised", 0)))
    review_rows = sum(1 for _ in _review_text_rows(study))
    out.append(Holding("review_texts", "feltarbeid.db", rows=review_rows))
    # recruitment contact log (its free notes are in the key) and reflexivity memos
    out.append(Holding("contacts", "feltarbeid.db", rows=recruitment.contact_count(store)))
    out.append(Holding("memos", "feltarbeid.db", rows=memos.memo_count(store)))
    key = study.key_path
    out.append(Holding("key", str(key), int(key.is_file()),
                       key.stat().st_size if key.is_file() else 0, exists=key.exists()))
    for category, folder in (("packets", study.packets_dir), ("returns", study.returns_dir),
                             ("exports", study.exports_dir), ("journal", study.journal_dir),
                             ("logs", study.logs_dir), ("slurm", study.slurm_dir)):
        n, size = folder_stats(folder)
        out.append(Holding(category, _rel(study, folder), n, size, exists=folder.exists()))
    db = study.db_path
    out.append(Holding("database", _rel(study, db), 1, db.stat().st_size if db.exists() else 0))
    return out


def unsealed_answers(study: Study) -> tuple[list[str], list[Path]]:
    """Raw review answers kept in clear: packet ids whose stored answer is not sealed to
    the key, and files under returns/ that are not age-encrypted (a study without a key,
    or an answer saved into returns/ by hand)."""
    from ..anonymise.keyfile import is_sealed_record
    from ..store.core import loads

    rows = [r["packet_id"] for r in study.store.all(
        "SELECT packet_id, answer FROM review_rounds WHERE answer IS NOT NULL")
        if not is_sealed_record(loads(r["answer"]))]
    files = [p for p in list_files(study.returns_dir) if not is_age_file(p)]
    return rows, files


def _review_text_rows(study: Study) -> list[str]:
    rows = study.store.all("SELECT packet_id, answer, manifest FROM review_rounds")
    return [r["packet_id"] for r in rows
            if r["answer"] is not None or '"passages":[{' in (r["manifest"] or "")]


def _segments_by_class(study: Study) -> dict[str, int]:
    plan = kept_plan(study)
    kept_ids = {k.version_id for k in plan.kept}
    counts = {"raw": 0, "intermediate": 0, "kept": 0}
    for v in sql.versions_with_text(study.store):
        if v["id"] in kept_ids:
            counts["kept"] += v["n_segments"]
        elif holds_verbatim(v["kind"], v["note"]):  # the model's text or a correction of it
            counts["raw"] += v["n_segments"]
        else:
            counts["intermediate"] += v["n_segments"]
    return counts


def version_is_anonymised(kind: str, note: str) -> bool:
    """Whether a version's text is anonymised: 'anonymised', or 'corrected' made from an
    anonymised text (see ``transcripts.holds_verbatim``)."""
    return not holds_verbatim(kind, note)


def kept_plan(study: Study) -> KeptPlan:
    plan = KeptPlan()
    store = study.store
    for t in sql.transcripts(store):
        vid = t["current_version"]
        if t["state"] not in KEPT_STATES or vid is None:
            plan.dropped_transcripts.append(int(t["id"]))
            continue
        v = store.one("SELECT kind, note FROM transcript_versions WHERE id = ?", (vid,))
        if v is None:
            plan.dropped_transcripts.append(int(t["id"]))
            continue
        kv = KeptVersion(int(t["id"]), int(vid), v["kind"],
                         version_is_anonymised(v["kind"], v["note"]))
        (plan.kept if kv.anonymised else plan.not_anonymised).append(kv)
    for d in documents_store.list_documents(store):
        version = documents_store.latest_version(store, d.id, "anonymised")
        if d.status == "released" and d.state == "checked" and version is not None:
            plan.kept_documents.append(KeptDocument(d.id, int(version["id"])))
        else:
            plan.dropped_documents.append(d.id)
    return plan


def _rel(study: Study, path: Path) -> str:
    try:
        return path.resolve().relative_to(study.root.resolve()).as_posix() + (
            "/" if path.is_dir() else "")
    except ValueError:
        return str(path)
