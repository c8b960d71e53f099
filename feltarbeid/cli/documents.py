"""``feltarbeid document``: documents as a second kind of data (add, list, show, status,
anonymise, check, remove) and their comparison against templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import FeltarbeidError
from ..locale import plural, t
from .common import console, err_console, get_study

document_app = typer.Typer(
    help="Documents the informants gave (agreements, agendas, minutes, plans): PDF, DOCX, "
         "TXT copied into the study, their text extracted, anonymised like a transcript and "
         "exported beside the interviews once released.\n\n"
         "Example:\n\n    feltarbeid document add avtale.pdf --case K1 --request D1\n"
         "    feltarbeid document status 1 released",
    no_args_is_help=True,
)
template_app = typer.Typer(help="Templates to compare documents against.",
                           no_args_is_help=True)
compare_app = typer.Typer(
    help="The comparison table: rows are a template's themes, columns the cases' documents, "
         "cells \"as template\" or what the document says instead.",
    no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(document_app, name="document")
    document_app.add_typer(template_app, name="template")
    document_app.add_typer(compare_app, name="compare")


# ------------------------------------------------------------------------------ documents


@document_app.command("add")
def document_add(
    file: Annotated[Path | None, typer.Argument(
        help="The document (PDF, DOCX or TXT). Leave it out to record one that was asked "
             "for but not given (with --status).")] = None,
    case: Annotated[str | None, typer.Option(
        "--case", "-c", help="The case it belongs to (default: the request's).")] = None,
    request: Annotated[str | None, typer.Option(
        "--request", "-r",
        help="The request made in the interview: D1 (among the case's interviews) or "
             "S001:D1 (see 'document list').")] = None,
    informant: Annotated[str | None, typer.Option(
        "--informant", "-i",
        help="Who gave it (default: the request's interview's informant, if one).")] = None,
    status: Annotated[str | None, typer.Option(
        "--status", help="With a file: received (default), released or not_released; "
                         "without: requested, promised, refused or not_released.")] = None,
    kind: Annotated[str, typer.Option(
        "--kind", help="What it is, in your words: partnerskapsavtale, referat ...")] = "",
    title: Annotated[str, typer.Option(
        "--title", help="Its name in exports (default: the request's text). It is "
                        "leak-checked: no names.")] = "",
) -> None:
    """Copy a document into the study (documents/, never modified, the original file name
    is not kept), extract its text and link it to the interview's request.

    Example:

        feltarbeid document add ~/Nedlastinger/avtale.pdf --case K1 --request D1 --kind partnerskapsavtale
        feltarbeid document add --case K2 --request S004:D1 --status not_released
    """  # noqa: E501
    from ..documents.library import add_document

    study = get_study()
    added = add_document(study, file, case=case, request=request, informant=informant,
                         status=status, kind=kind, title=title)
    d = added.document
    if d.path is None:
        console.print(t("documents.added_no_file", id=d.id, case=d.case_code,
                        status=t(f"documents.status_{d.status}")))
        return
    console.print(t("documents.added", id=d.id, case=d.case_code, path=d.path,
                    n=added.paragraphs, status=t(f"documents.status_{d.status}")))
    if added.warning:
        err_console.print(t("documents.text_failed", id=d.id, reason=added.warning))
    else:
        console.print(t("documents.next_anonymise"))


@document_app.command("list")
def document_list(
    case: Annotated[str | None, typer.Option("--case", "-c", help="Only this case.")] = None,
) -> None:
    """Documents, and the documents asked for in interviews that are not in the study yet.

    Example: feltarbeid document list --case K1
    """
    from ..documents.library import rows

    study = get_study()
    found = rows(study, case)
    if not found:
        console.print(t("documents.none"))
        return
    table = Table(box=None, pad_edge=False)
    for col in ("id", "case", "request", "status", "state", "format", "paragraphs", "title"):
        table.add_column(t(f"documents.col_{col}"), overflow="fold")
    for r in found:
        if r.document is not None:
            d = r.document
            table.add_row(str(d.id), d.case_code or "—", d.request or "—",
                          t(f"documents.status_{d.status}"), t(f"documents.state_{d.state}"),
                          d.format or "—", str(r.paragraphs) if d.path else "—",
                          escape(" · ".join(x for x in (d.kind, d.title) if x) or "—"))
        else:
            req = r.request
            assert req is not None
            table.add_row("—", req.case_code or "—", req.ref,
                          t(f"documents.request_{req.status}")
                          if req.status in ("promised", "received", "refused") else req.status,
                          "—", "—", "—", escape(req.text or "—"))
    console.print(table)


@document_app.command("show")
def document_show(
    document_id: Annotated[int, typer.Argument(help="Document id (see 'document list').")],
    extracted: Annotated[bool, typer.Option(
        "--extracted", help="The text as read from the file (names not replaced).")] = False,
) -> None:
    """Show a document: what is known of it and its text, paragraph by paragraph
    (anonymised if it is; replacements the anonymiser was unsure of are marked).

    Example: feltarbeid document show 1
    """
    from ..documents.library import require
    from ..store import documents as db

    study = get_study()
    d = require(study, document_id)
    console.print(t("documents.show_header", id=d.id, case=d.case_code or "—",
                    status=t(f"documents.status_{d.status}"),
                    state=t(f"documents.state_{d.state}"), format=d.format or "—",
                    size=d.size or 0, sha=(d.sha256 or "—")[:16], request=d.request or "—",
                    informant=d.informant_code or "—"))
    if d.kind or d.title:
        console.print(escape(" · ".join(x for x in (d.kind, d.title) if x)))
    if d.failure_reason:
        console.print(f"[red]{escape(d.failure_reason)}[/]")
    version = db.latest_version(study.store, d.id, "extracted" if extracted else "anonymised") \
        or db.latest_version(study.store, d.id, "extracted")
    if version is None:
        return
    unsure: dict[int, list[tuple[int, int]]] = {}
    for s in version["spans"]:
        if s.get("unsure"):
            unsure.setdefault(s["paragraph"], []).append((s["start"], s["end"]))
    console.print(t("documents.show_version", kind=version["kind"], id=version["id"]))
    for p in db.paragraphs(study.store, version["id"]):
        text = p.text
        shown = ""
        pos = 0
        for a, b in sorted(unsure.get(p.idx, [])):
            shown += escape(text[pos:a]) + f"[reverse]{escape(text[a:b])}[/reverse]"
            pos = b
        shown += escape(text[pos:])
        page = f" s.{p.page}" if p.page else ""
        console.print(f"[dim]{p.idx + 1:>4}{page}[/]  {shown}", soft_wrap=True)
    if unsure:
        console.print(plural("documents.show_unsure", sum(len(v) for v in unsure.values())))


@document_app.command("status")
def document_status(
    document_id: Annotated[int, typer.Argument(help="Document id.")],
    status: Annotated[str, typer.Argument(
        help="released, not_released or received (a file is there); requested, promised, "
             "refused or not_released (none is).")],
) -> None:
    """Set how far a document has come. Only released documents are exported.

    Example: feltarbeid document status 1 released
    """
    from ..documents.library import set_status

    study = get_study()
    d = set_status(study, document_id, status)
    console.print(t("documents.status_set", id=d.id, status=t(f"documents.status_{d.status}")))


@document_app.command("anonymise")
def document_anonymise(
    document_ids: Annotated[list[int] | None, typer.Argument(
        help="Document ids (default: all).")] = None,
) -> None:
    """Replace names in documents' text with the study's pseudonyms (the same engine and
    key as the transcripts; 'feltarbeid anonymise' does this too). Re-running changes
    nothing; a checked document whose text changes must be checked again.

    Example: FELTARBEID_KEY_PASSPHRASE=... feltarbeid document anonymise 1
    """
    from ..anonymise.documents import anonymise_documents

    study = get_study()
    run = anonymise_documents(study, document_ids=document_ids or None)
    _print_document_run(run)


def _print_document_run(run) -> None:  # noqa: ANN001 - anonymise.documents.DocumentRun
    console.print(t("documents.anonymised", done=len(run.done), unchanged=len(run.unchanged),
                    unsure=run.unsure))
    if run.rechecked:
        console.print(t("documents.check_again", ids=", ".join(map(str, run.rechecked))))


@document_app.command("check")
def document_check(
    document_id: Annotated[int, typer.Argument(help="Document id.")],
) -> None:
    """Say that you have read the anonymised text (document show ID) and it may leave the
    study: like a verified transcript, it is exported without --include-unverified.

    Example: feltarbeid document check 1
    """
    from ..documents.library import mark_checked

    study = get_study()
    d = mark_checked(study, document_id)
    console.print(t("documents.checked", id=d.id))


@document_app.command("remove")
def document_remove(
    document_id: Annotated[int, typer.Argument(help="Document id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete a document from the study: the file (overwritten first), its text and its
    comparison cells. The audit log keeps that it was there (id and hash, no name).

    Example: feltarbeid document remove 3 --yes
    """
    from ..documents.library import remove, require

    study = get_study()
    require(study, document_id)
    if not yes and not typer.confirm(t("documents.remove_confirm", id=document_id)):
        raise typer.Exit(1)
    size = remove(study, document_id)
    console.print(t("documents.removed", id=document_id, bytes=size))


# ------------------------------------------------------------------------------ templates


@template_app.command("add")
def template_add(
    file: Annotated[Path, typer.Argument(help="YAML: title, kind (optional), themes.")],
) -> None:
    """Store a template (a template with the same id is replaced). The file:

        id: partnerskapsavtale
        title: Mal for partnerskapsavtaler
        kind: partnerskapsavtale
        themes:
          - id: formal
            text: Formål med partnerskapet
          - Tjenester kommunen legger inn i kontoret

    Example: feltarbeid document template add mal.yaml
    """
    from ..documents.compare import add_template

    study = get_study()
    tpl, new = add_template(study, file)
    console.print(plural("documents.template_added" if new else "documents.template_replaced",
                         len(tpl["themes"]), id=tpl["id"]))


@template_app.command("list")
def template_list() -> None:
    """Templates and their themes.

    Example: feltarbeid document template list
    """
    from ..store import documents as db

    study = get_study()
    found = db.templates(study.store)
    if not found:
        console.print(t("documents.templates_none"))
        return
    for tpl in found:
        kind = f" ({escape(tpl['kind'])})" if tpl["kind"] else ""
        console.print(f"[bold]{escape(tpl['id'])}[/]  {escape(tpl['title'])}{kind}")
        for th in tpl["themes"]:
            console.print(f"  {escape(th['id']):<12} {escape(th['text'])}")


# ------------------------------------------------------------------------------ compare


@compare_app.command("set")
def compare_set(
    template: Annotated[str, typer.Argument(help="Template id.")],
    theme: Annotated[str, typer.Argument(help="Theme id (see 'document template list').")],
    document_id: Annotated[int, typer.Argument(help="Document id.")],
    as_template: Annotated[bool, typer.Option(
        "--as-template", help="The document says what the template says.")] = False,
    text: Annotated[str | None, typer.Option(
        "--text", help="What the document says instead (no names: it is leak-checked).")]
    = None,
    clear: Annotated[bool, typer.Option("--clear", help="Empty the cell.")] = False,
) -> None:
    """Fill one cell of the comparison table.

    Example:

        feltarbeid document compare set partnerskapsavtale formal 1 --as-template
        feltarbeid document compare set partnerskapsavtale tjenester 1 --text "Rus og bolig i tillegg"
    """  # noqa: E501
    from ..documents.compare import set_cell

    study = get_study()
    set_cell(study, template, theme, document_id, as_template=as_template, text=text,
             clear=clear)
    console.print(t("documents.cell_set", template=template, theme=theme, id=document_id))


@compare_app.command("show")
def compare_show(
    template: Annotated[str, typer.Argument(help="Template id.")],
    include_not_released: Annotated[bool, typer.Option(
        "--include-not-released", help="Also documents not (yet) released.")] = False,
) -> None:
    """Print the comparison table.

    Example: feltarbeid document compare show partnerskapsavtale
    """
    from ..documents.compare import require_template
    from ..export.docsource import collect_comparisons

    study = get_study()
    require_template(study, template)
    found = collect_comparisons(study.store, include_not_released=include_not_released,
                                template_ids=[template])
    if not found:
        raise FeltarbeidError(t("documents.compare_empty", id=template),
                              hint=t("documents.compare_empty_hint"))
    c = found[0]
    table = Table(title=escape(c.title), show_lines=True)
    for col in c.header()[1:]:
        table.add_column(escape(col), overflow="fold")
    for row in c.rows():
        table.add_row(*(escape(v) for v in row[1:]))
    console.print(table)


@compare_app.command("import")
def compare_import(
    template: Annotated[str, typer.Argument(help="Template id.")],
    file: Annotated[Path, typer.Argument(help="The filled-in table (.csv or .xlsx).")],
) -> None:
    """Fill the cells from the table 'compare export' wrote, filled in a spreadsheet
    ("som malen" = as template; an empty cell empties it). All or nothing.

    Example:

        feltarbeid document compare export partnerskapsavtale --out tabell.xlsx --include-not-released
        feltarbeid document compare import partnerskapsavtale tabell.xlsx
    """  # noqa: E501
    from ..documents.compare import import_table

    study = get_study()
    n = import_table(study, template, file.expanduser())
    console.print(plural("documents.imported", n, id=template))


@compare_app.command("export")
def compare_export(
    template: Annotated[str, typer.Argument(help="Template id.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="A .xlsx or .csv file.")],
    include_not_released: Annotated[bool, typer.Option(
        "--include-not-released",
        help="Also documents not (yet) released (your notes on a document given for "
             "reading).")] = False,
) -> None:
    """Write the comparison table (leak-checked; recorded as an export). 'feltarbeid
    export --to xlsx/csv' includes the tables of released documents too.

    Example: feltarbeid document compare export partnerskapsavtale --out sammenligning.xlsx
    """
    from ..export.comparison import export_comparison

    study = get_study()
    path = export_comparison(study, template, out, include_not_released=include_not_released)
    console.print(t("documents.compare_written", path=str(path)))
