"""``document compare export``: one comparison table (documents against a template) as
CSV or XLSX, leak-checked like every export, recorded in the audit log as an export."""

from __future__ import annotations

from pathlib import Path

from .. import locale
from ..errors import FeltarbeidError
from ..study import Study
from .docsource import collect_comparisons
from .run import comparison_texts, run_leak_check
from .tables import comparison_frame, write_csv, write_xlsx


def export_comparison(study: Study, template_id: str, out: Path | str, *,
                      include_not_released: bool = False,
                      passphrase: str | None = None) -> Path:
    """Write the table of ``template_id`` to ``out`` (.csv or .xlsx). Documents not
    released are columns only with ``include_not_released`` (the researcher's own notes on
    a document given for reading)."""
    path = Path(out).expanduser()
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise FeltarbeidError(locale.t("documents.compare_out_suffix"), where=str(path),
                              hint=locale.t("documents.compare_out_hint"))
    found = collect_comparisons(study.store, include_not_released=include_not_released,
                                template_ids=[template_id])
    if not found:
        raise FeltarbeidError(locale.t("documents.compare_empty", id=template_id),
                              hint=locale.t("documents.compare_empty_hint"))
    comparison = found[0]
    run_leak_check(study, [((), comparison_texts(comparison))], passphrase)
    frame = comparison_frame(comparison)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".xlsx":
        write_xlsx({locale.t("documents.sheet_comparison", id=template_id): frame}, path)
    else:
        write_csv(frame, path)
    study.store.audit("export.comparison", template_id, {
        "files": [str(path.resolve())], "documents": comparison.document_ids,
        "cells": len(comparison.cells), "include_not_released": include_not_released})
    return path
