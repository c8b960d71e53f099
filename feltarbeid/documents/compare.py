"""Documents against a template: the table the theses made by hand (rows: the template's
themes; columns: the cases; cells: "as template" or what the document says instead).

A template is a YAML file::

    id: partnerskapsavtale              # optional (default: the file name)
    title: Mal for partnerskapsavtaler
    kind: partnerskapsavtale            # optional: every released document of this kind
    themes:                             #   is a column
      - id: formal
        text: Formål med partnerskapet
      - Tjenester kommunen legger inn i kontoret   # a theme without an id gets t2, t3 ...

It is stored in the database (``document template add``), so the table does not depend on
the file afterwards. A cell is filled one at a time (``document compare set``) or from the
table itself: export it (``document compare export --out sammenligning.xlsx``), fill it in
a spreadsheet, read it back (``document compare import``). In a cell, "som malen" (or
"som mal", "as template", "=") means "as template"; anything else is free text; an empty
cell is no cell.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .. import locale
from ..errors import FeltarbeidError
from ..store import documents as db
from ..study import Study
from .library import require

_ID = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
AS_TEMPLATE_WORDS = ("som malen", "som mal", "as template", "as the template", "=")


def is_as_template(text: str) -> bool:
    words = {w.casefold() for w in AS_TEMPLATE_WORDS} | {
        locale.t("documents.as_template", lang).casefold() for lang in ("nb", "nn", "en")}
    return " ".join(text.split()).casefold() in words


def load_template(path: Path) -> dict[str, Any]:
    """Read and check a template file; the error names the file and what is wrong."""
    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FeltarbeidError(locale.t("documents.no_file"), where=where,
                              hint=locale.t("documents.template_hint")) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise FeltarbeidError(locale.t("documents.template_bad_yaml"),
                              where=f"{where}:{line + 1}" if line is not None else where,
                              hint=locale.t("documents.template_hint")) from None
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list) \
            or not data["themes"]:
        raise FeltarbeidError(locale.t("documents.template_no_themes"), where=where,
                              hint=locale.t("documents.template_hint"))
    template_id = str(data.get("id") or Path(path).stem)
    if not _ID.match(template_id):
        raise FeltarbeidError(locale.t("documents.template_bad_id", id=template_id),
                              where=where, hint=locale.t("documents.template_hint"))
    themes: list[dict[str, str]] = []
    for n, raw in enumerate(data["themes"], start=1):
        if isinstance(raw, str):
            theme = {"id": f"t{n}", "text": raw}
        elif isinstance(raw, dict) and raw.get("text"):
            theme = {"id": str(raw.get("id") or f"t{n}"), "text": str(raw["text"])}
        else:
            raise FeltarbeidError(locale.t("documents.template_bad_theme", n=n), where=where,
                                  hint=locale.t("documents.template_hint"))
        theme["text"] = " ".join(theme["text"].split())
        if not _ID.match(theme["id"]) or any(t["id"] == theme["id"] for t in themes):
            raise FeltarbeidError(locale.t("documents.template_bad_theme_id", id=theme["id"]),
                                  where=where, hint=locale.t("documents.template_hint"))
        themes.append(theme)
    return {"id": template_id, "title": str(data.get("title") or template_id),
            "kind": str(data.get("kind") or ""), "themes": themes}


def add_template(study: Study, path: Path) -> tuple[dict[str, Any], bool]:
    """Store the template (a template with the same id is replaced; cells of themes it no
    longer has stay in the database but leave the table)."""
    t = load_template(path)
    new = db.save_template(study.store, t["id"], t["title"], t["themes"], t["kind"])
    return t, new


def require_template(study: Study, template_id: str) -> dict[str, Any]:
    t = db.template(study.store, template_id)
    if t is None:
        known = ", ".join(x["id"] for x in db.templates(study.store)) or "—"
        raise FeltarbeidError(locale.t("documents.no_template", id=template_id),
                              hint=locale.t("documents.no_template_hint", known=known))
    return t


def set_cell(study: Study, template_id: str, theme_id: str, doc_id: int, *,
             as_template: bool = False, text: str | None = None, clear: bool = False) -> None:
    """Fill one cell: as template, free text, or clear it."""
    t = require_template(study, template_id)
    if not any(th["id"] == theme_id for th in t["themes"]):
        raise FeltarbeidError(
            locale.t("documents.no_theme", theme=theme_id, id=template_id),
            hint=locale.t("documents.themes_are",
                          themes=", ".join(th["id"] for th in t["themes"])))
    doc = require(study, doc_id)
    if doc.status in ("withdrawn", "refused"):
        raise FeltarbeidError(locale.t("documents.cannot_compare", id=doc_id,
                                       status=doc.status),
                              hint=locale.t("documents.list_hint"))
    chosen = sum([as_template, text is not None, clear])
    if chosen != 1:
        raise FeltarbeidError(locale.t("documents.cell_one_of"),
                              hint=locale.t("documents.cell_one_of_hint"))
    if clear:
        db.clear_cell(study.store, template_id, theme_id, doc_id)
    elif as_template or is_as_template(text or ""):
        db.set_cell(study.store, template_id, theme_id, doc_id, as_template=True)
    else:
        value = " ".join((text or "").split())
        if not value:
            db.clear_cell(study.store, template_id, theme_id, doc_id)
        else:
            db.set_cell(study.store, template_id, theme_id, doc_id, text=value)
    study.store.audit("document.compare", template_id, {
        "theme": theme_id, "document": doc_id,
        "cell": "clear" if clear else "as_template" if as_template else "text"})


def import_table(study: Study, template_id: str, path: Path) -> int:
    """Fill the cells from a filled-in comparison table (CSV or XLSX, as ``document
    compare export`` writes it: ``theme_id``, ``theme``, then one column per document).
    Everything is checked before anything is stored. Returns the cells stored."""
    import pandas as pd

    t = require_template(study, template_id)
    where = str(path)
    try:
        if path.suffix.lower() == ".xlsx":
            frame = pd.read_excel(path, dtype=str).fillna("")
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise FeltarbeidError(locale.t("documents.no_file"), where=where,
                              hint=locale.t("documents.import_hint")) from None
    except Exception as exc:  # noqa: BLE001 - pandas raises many kinds
        raise FeltarbeidError(locale.t("documents.import_unreadable", error=type(exc).__name__),
                              where=where, hint=locale.t("documents.import_hint")) from None
    if "theme_id" not in frame.columns:
        raise FeltarbeidError(locale.t("documents.import_no_theme_id"), where=where,
                              hint=locale.t("documents.import_hint"))
    docs = db.comparison_documents(study.store, t, include_not_released=True)
    by_label = dict(zip(db.comparison_labels(docs), docs, strict=True))
    unknown = [c for c in frame.columns if c not in ("theme_id", "theme") and c not in by_label]
    if unknown:
        raise FeltarbeidError(
            locale.t("documents.import_unknown_columns", columns=", ".join(map(str, unknown))),
            where=where, hint=locale.t("documents.import_columns_are",
                                       columns=", ".join(by_label) or "—"))
    themes = {th["id"] for th in t["themes"]}
    planned: list[tuple[str, int, str]] = []
    for n, row in enumerate(frame.to_dict("records"), start=2):
        theme = str(row["theme_id"]).strip()
        if theme not in themes:
            raise FeltarbeidError(locale.t("documents.no_theme", theme=theme, id=template_id),
                                  where=f"{where}:{n}",
                                  hint=locale.t("documents.themes_are",
                                                themes=", ".join(sorted(themes))))
        for label, doc in by_label.items():
            if label in row:
                planned.append((theme, doc.id, str(row[label])))
    stored = 0
    with study.store.tx():
        for theme, doc_id, value in planned:
            text = " ".join(value.split())
            if not text:
                db.clear_cell(study.store, template_id, theme, doc_id)
            elif is_as_template(text):
                db.set_cell(study.store, template_id, theme, doc_id, as_template=True)
                stored += 1
            else:
                db.set_cell(study.store, template_id, theme, doc_id, text=text)
                stored += 1
        study.store.audit("document.compare.import", template_id, {"cells": stored})
    return stored
