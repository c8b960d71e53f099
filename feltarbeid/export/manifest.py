"""The export manifest: what went out, which transcript versions, when, by whom.

Written as ``manifest.json`` beside the export and, without file names of people or any
text, to the audit log (action ``export``). Only codes, ids, hashes and counts.
"""

from __future__ import annotations

import getpass
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from .. import __version__
from ..files import sha256_file, write_atomic
from .collect import ExportSet

MANIFEST_VERSION = 1


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "unknown"


def build_manifest(es: ExportSet, *, formats: list[str], files: list[Path], root: Path,
                   options: dict[str, Any], at: str,
                   audio: list[str] | None = None) -> dict[str, Any]:
    """``audio``: the interviews whose recording is in the export (their informants'
    voices are listed under ``voices``: the privacy report counts such exports)."""
    audio = audio or []
    return {
        "manifest_version": MANIFEST_VERSION,
        "feltarbeid": __version__,
        "study_id": es.study_id,
        "at": at,
        "by": _user(),
        "formats": formats,
        "options": options,
        "transcripts": [
            {
                "interview": d.key, "transcript_id": d.transcript_id,
                "recording_id": d.recording_id, "version_id": d.version_id,
                "version_kind": d.version_kind, "text_hash": d.text_hash, "state": d.state,
                "informants": d.informant_codes, "case": d.case.code if d.case else None,
                "passages": len(d.segments),
                "added_passages": sum(1 for s in d.segments if s.origin == "added"),
                "marks": list(d.marks),
                "audio": d.key in audio,
                "sensitive": len(d.sensitive),
                "held_back": len(d.sensitive) if d.held_back else 0,
            }
            for d in es.docs
        ],
        "voices": sorted({c for d in es.docs if d.key in audio for c in d.informant_codes}),
        # counts only, never the passages' text (README: "Sensitive passages")
        "sensitive": {
            "held_back": sum(len(d.sensitive) for d in es.docs if d.held_back),
            "included": sum(len(d.sensitive) for d in es.docs if not d.held_back),
        },
        "documents": [
            {
                "document_id": d.document_id, "version_id": d.version_id,
                "version_kind": d.version_kind, "text_hash": d.text_hash, "status": d.status,
                "state": d.state, "case": d.case.code if d.case else None,
                "informants": d.informant_codes, "request": d.request,
                "paragraphs": len(d.paragraphs), "marks": list(d.marks),
            }
            for d in es.documents
        ],
        "excluded_documents": dict(sorted(
            Counter(e.reason for e in es.excluded_documents).items())),
        "comparisons": [{"template": c.template_id, "documents": c.document_ids}
                        for c in es.comparisons],
        "memos": [m.label for m in es.memos],
        "excluded": dict(sorted(Counter(e.reason for e in es.excluded).items())),
        "excluded_transcripts": [
            {"transcript_id": e.transcript_id, "reason": e.reason} for e in es.excluded],
        "files": [
            {"path": os.path.relpath(f, root), "bytes": f.stat().st_size,
             "sha256": sha256_file(f)}
            for f in files
        ],
    }


def audit_details(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest as the audit log keeps it: versions and counts, no file contents."""
    return {
        "formats": manifest["formats"],
        "options": manifest["options"],
        "versions": [[t["transcript_id"], t["version_id"], t["version_kind"],
                      t["text_hash"][:16], t["marks"]] for t in manifest["transcripts"]],
        "excluded": manifest["excluded"],
        "files": [[f["path"], f["sha256"][:16]] for f in manifest["files"]],
        "voices": manifest.get("voices", []),
        "sensitive": manifest.get("sensitive", {"held_back": 0, "included": 0}),
        "documents": [[d["document_id"], d["version_id"], d["version_kind"],
                       d["text_hash"][:16], d["marks"]] for d in manifest.get("documents", [])],
        "memos": len(manifest.get("memos", [])),
    }


def write_manifest(manifest: dict[str, Any], path: Path) -> Path:
    return write_atomic(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
