"""``feltarbeid anonymise`` (batch, detect, review, override) and ``feltarbeid key``
(the linking key: create, add, informant, list, remove, passwd, export, delete)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import FeltarbeidError
from ..locale import t
from .common import console, get_study, options

anonymise_app = typer.Typer(
    help="Replace names of persons and places with pseudonyms.\n\n"
         "Without a sub-command: anonymise every transcript in state 'transcribed'.\n\n"
         "Example:\n\n    FELTARBEID_KEY_PASSPHRASE=... feltarbeid anonymise",
    invoke_without_command=True,
)
key_app = typer.Typer(
    help="The linking key (koblingsnøkkel): an encrypted file outside the study with real "
         "names, the registry of names to remove and original → pseudonym.\n\n"
         "Example:\n\n    feltarbeid key create\n    feltarbeid key add \"Kari Nordheim\" "
         "--kind person --variant Kari",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    from .indirect import indirect_app

    anonymise_app.add_typer(indirect_app, name="indirect")
    app.add_typer(anonymise_app, name="anonymise")
    app.add_typer(key_app, name="key")


# ------------------------------------------------------------------------------ anonymise


@anonymise_app.callback()
def anonymise_batch(ctx: typer.Context) -> None:
    """Anonymise every transcript in state 'transcribed' and move it to 'anonymised' (and the
    study's documents, see 'feltarbeid document');
    re-anonymise anonymised ones whose names changed. Re-running changes nothing.

    Example:

        feltarbeid anonymise
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..anonymise.apply import run

    study = get_study()
    # the study's documents (``feltarbeid document``) in the same run: a name found in a
    # document is replaced in the transcripts too, and the other way round
    summary = run(study, documents=_has_documents(study))
    if summary.documents is not None:
        from .documents import _print_document_run

        _print_document_run(summary.documents)
    if not (summary.done or summary.unchanged or summary.affected or summary.reanonymised):
        console.print(t("anonymise.nothing_to_do"))
        return
    console.print(t("anonymise.run_done", done=len(summary.done),
                    unchanged=len(summary.unchanged), skipped=len(summary.skipped),
                    queued=summary.queued))
    if summary.affected:
        console.print(t("anonymise.run_affected",
                        ids=", ".join(str(i) for i in summary.affected)))
    if summary.reanonymised:
        console.print(t("safety.reanonymised",
                        ids=", ".join(str(i) for i in summary.reanonymised)))
    if summary.outdated_packets:
        console.print(t("safety.packets_outdated", ids=", ".join(summary.outdated_packets)))
    if summary.flagged:
        console.print(t("indirect.run_flagged", n=summary.flagged))


def _has_documents(study) -> bool:  # noqa: ANN001
    """The study has documents to anonymise (``feltarbeid document``)."""
    from ..anonymise.documents import STATES
    from ..store.documents import list_documents

    return any(d.state in STATES for d in list_documents(study.store))


@anonymise_app.command("detect")
def detect_cmd(
    file: Annotated[Path, typer.Argument(help="JSONL: one {\"id\": ..., \"text\": ...} per line "
                                              "('-' = standard input).")],
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Write here (default: standard output).")
                      ] = None,
    with_confidence: Annotated[bool, typer.Option(
        "--confidence", help="Add confidence and detector to each span.")] = False,
) -> None:
    """Detect names in any text: reads lines {"id", "text"}, writes lines {"id", "spans":
    [{"start", "end", "label", "surface"}]} (Python character offsets, end exclusive).
    With --study, the study's registry (from the key) is used too.

    Example:

        feltarbeid anonymise detect sentences.jsonl -o spans.jsonl
    """
    from ..anonymise.detect import Registry, detect

    registry = None
    if options.study is not None:
        from ..anonymise.keyfile import key_exists, open_key

        study = get_study()
        if key_exists(study):
            key = open_key(study)
            registry = Registry.build(key.registry)
    source = sys.stdin if str(file) == "-" else None
    if source is None:
        if not file.is_file():
            raise FeltarbeidError(t("anonymise.detect_no_file"), where=str(file),
                                  hint=t("anonymise.detect_no_file_hint"))
        source = file.open(encoding="utf-8")
    lines = spans_total = 0
    out_lines: list[str] = []
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise FeltarbeidError(t("anonymise.detect_bad_line", n=number, error=exc),
                                      where=f"{file}:{number}",
                                      hint=t("anonymise.detect_bad_line_hint")) from None
            hits = detect(text, registry=registry)
            spans = [h.as_dict() if with_confidence else
                     {k: v for k, v in h.as_dict().items() if k in
                      ("start", "end", "label", "surface")} for h in hits]
            spans_total += len(spans)
            lines += 1
            out_lines.append(json.dumps({"id": item.get("id"), "spans": spans},
                                        ensure_ascii=False))
    body = "".join(line + "\n" for line in out_lines)
    if output is None:
        sys.stdout.write(body)
    else:
        output.write_text(body, encoding="utf-8")
        typer.echo(t("anonymise.detect_done", lines=lines, spans=spans_total, out=output),
                   err=True)


@anonymise_app.command("review")
def review_cmd(
    transcript: Annotated[int | None, typer.Option(help="Only this transcript.")] = None,
) -> None:
    """Walk through the unsure hits with their context: accept, reject, or decide
    always/never for the word in this study; then the indirect identifiers ('rådmannen i
    Asker', 'vi er 14 ansatte'): accept the suggested wording, edit it, or keep the
    passage (a Textual screen; 'i' and 'n' switch between the two).

    Example:

        feltarbeid anonymise review
    """
    from ..anonymise.review_app import ReviewApp
    from ..store import anonymisation as db
    from ..store import indirect as idb

    study = get_study()
    if not db.queue(study.store, transcript_id=transcript) and not idb.flags(
            study.store, transcript_id=transcript):
        console.print(t("anonymise.queue_empty"))
        console.print(t("indirect.none_open"))
        return
    app = ReviewApp(study, transcript_id=transcript)
    app.run()
    console.print(t("anonymise.review_done", n=app.decided))


@anonymise_app.command("override")
def override_cmd(
    transcript: Annotated[int, typer.Argument(help="Transcript id.")],
    segment: Annotated[int | None, typer.Option(help="Segment index (default: all).")] = None,
    anonymise: Annotated[bool, typer.Option(
        "--anonymise", help="Anonymise this segment although the informant declined.")] = False,
    keep: Annotated[str, typer.Option(
        "--keep", help="Keep this name here (public figure, cited author).")] = "",
    label: Annotated[str, typer.Option(help="Label of the name kept: PERSON, "
                                            "MUNICIPALITY or PLACE.")] = "PERSON",
) -> None:
    """Per-transcript or per-segment overrides; takes effect on the next 'anonymise'.

    Example:

        feltarbeid anonymise override 3 --segment 12 --anonymise
        feltarbeid anonymise override 3 --keep "Jan Fridthjof Bernt"
    """
    from ..anonymise.keyfile import open_key
    from ..store import anonymisation as db

    study = get_study()
    if anonymise == bool(keep):
        raise FeltarbeidError(t("anonymise.override_either"),
                              hint=t("anonymise.override_either_hint"))
    if study.store.one("SELECT 1 FROM transcripts WHERE id = ?", (transcript,)) is None:
        raise FeltarbeidError(t("core.transcript_missing", id=transcript),
                              hint=t("core.transcript_missing_hint"))
    if anonymise:
        db.add_override(study.store, transcript, "anonymise", seg_idx=segment)
    else:
        key = open_key(study)
        db.add_override(study.store, transcript, "keep", seg_idx=segment,
                        orig_hash=key.hash(label.upper(), keep))
    console.print(t("anonymise.override_done", transcript=transcript))


# ------------------------------------------------------------------------------ key


@key_app.command("create")
def key_create(
    replace_lost: Annotated[bool, typer.Option(
        "--replace-lost",
        help="The study's key is lost for good: make a new, empty one instead. The old "
             "key's names, contacts and pseudonym map stay lost (audited).")] = False,
) -> None:
    """Create the study's linking key (asks for a passphrase twice, or reads
    $FELTARBEID_KEY_PASSPHRASE). Refuses to overwrite one, and to stand in for a key the
    study had and cannot find (point [key] path at it instead).

    Example:

        feltarbeid key create
        feltarbeid key create --replace-lost     # only if the old key is gone for good
    """
    from ..anonymise.keyfile import create_key, get_passphrase

    study = get_study()
    create_key(study, get_passphrase(confirm=True), replace_lost=replace_lost)
    if replace_lost:
        console.print(t("safety.key_replaced_lost", path=study.key_path))
    console.print(t("anonymise.key_created", path=study.key_path))
    console.print(t("anonymise.key_outside_hint"))


@key_app.command("add")
def key_add(
    name: Annotated[str, typer.Argument(help="The name to remove, as written.")],
    kind: Annotated[str, typer.Option(help="person, place, workplace or municipality.")
                    ] = "person",
    variant: Annotated[list[str] | None, typer.Option(
        help="Another form of the name (repeatable), e.g. a first name alone.")] = None,
    pseudonym: Annotated[str, typer.Option(help="Use this replacement (default: the next "
                                                "[Person N] / [Sted X]).")] = "",
    keep: Annotated[bool, typer.Option("--keep", help="A public figure or cited author: "
                                                      "never replace it.")] = False,
) -> None:
    """Add a name to the registry of names to remove.

    Example:

        feltarbeid key add "Kari Nordheim" --variant Kari --variant "Kari N."
        feltarbeid key add Skjeberg --kind place
    """
    from ..anonymise.keyfile import get_passphrase, open_key, save_key

    study = get_study()
    passphrase = get_passphrase()
    key = open_key(study, passphrase)
    entry = key.add_entry(kind, name, list(variant or []), pseudonym=pseudonym, keep=keep)
    save_key(study, key, passphrase)
    study.store.audit("key.add", str(entry.id), {"kind": entry.kind, "keep": entry.keep})
    console.print(t("anonymise.key_added", id=entry.id, kind=entry.kind))


@key_app.command("informant")
def key_informant(
    code: Annotated[str, typer.Argument(help="Informant code (must exist).")],
    name: Annotated[str, typer.Argument(help="The informant's real name.")],
    contact: Annotated[str, typer.Option(help="E-mail or phone.")] = "",
    variant: Annotated[list[str] | None, typer.Option(help="Other forms of the name.")] = None,
) -> None:
    """Store an informant's real name and contact in the key (never in the database).

    Example:

        feltarbeid key informant IP01 "Kari Nordheim" --contact kari@example.no
    """
    from ..anonymise.keyfile import get_passphrase, open_key, save_key
    from ..store.registers import require_informant

    study = get_study()
    require_informant(study.store, code)
    passphrase = get_passphrase()
    key = open_key(study, passphrase)
    key.informants[code] = {"name": " ".join(name.split()), "contact": contact,
                            "variants": list(variant or [])}
    save_key(study, key, passphrase)
    study.store.audit("key.informant", code, {})
    console.print(t("anonymise.key_informant", code=code))


@key_app.command("list")
def key_list(
    reveal: Annotated[bool, typer.Option("--reveal/--no-reveal",
                                         help="Show the originals (default: yes).")] = True,
) -> None:
    """List the registry (originals are shown on this terminal only).

    Example:

        feltarbeid key list
    """
    from ..anonymise.keyfile import open_key

    study = get_study()
    key = open_key(study)
    if not key.registry and not key.informants:
        console.print(t("anonymise.key_empty"))
        return
    table = Table(show_header=True, header_style="bold")
    for col in ("col_id", "col_kind", "col_original", "col_variants", "col_pseudonym",
                "col_keep"):
        table.add_column(t(f"anonymise.{col}"))
    for code, info in sorted(key.informants.items()):
        table.add_row(code, "informant", info.get("name", "") if reveal else "•••",
                      ", ".join(info.get("variants", [])) if reveal else "", f"[{code}]", "")
    mapped = {k.split("|", 1)[1]: v["pseudonym"] for k, v in key.mapping.items()}
    from ..anonymise.keyfile import normalise

    for e in key.registry:
        pseudo = e.pseudonym or mapped.get(normalise(e.original), "")
        table.add_row(str(e.id), e.kind, e.original if reveal else "•••",
                      ", ".join(e.variants) if reveal else "", pseudo, "✓" if e.keep else "")
    console.print(table, markup=False)


@key_app.command("remove")
def key_remove(entry_id: Annotated[int, typer.Argument(help="Entry number (see 'key list').")]
               ) -> None:
    """Remove a registry entry.

    Example:

        feltarbeid key remove 3
    """
    from ..anonymise.keyfile import get_passphrase, open_key, save_key

    study = get_study()
    passphrase = get_passphrase()
    key = open_key(study, passphrase)
    key.remove_entry(entry_id)
    save_key(study, key, passphrase)
    study.store.audit("key.remove", str(entry_id), {})
    console.print(t("anonymise.key_removed", id=entry_id))


@key_app.command("passwd")
def key_passwd() -> None:
    """Change the key's passphrase (asks for the old one, then the new one twice; or reads
    $FELTARBEID_KEY_PASSPHRASE for the old and $FELTARBEID_KEY_NEW_PASSPHRASE for the new).

    Example:

        feltarbeid key passwd
    """
    import os

    from ..anonymise.keyfile import ask_passphrase, change_passphrase, get_passphrase

    study = get_study()
    old = get_passphrase()
    new = os.environ.get("FELTARBEID_KEY_NEW_PASSPHRASE")
    if not new:
        if not sys.stdin.isatty():
            raise FeltarbeidError(t("anonymise.key_no_new_passphrase"),
                                  hint=t("anonymise.key_no_passphrase_hint",
                                         env="FELTARBEID_KEY_NEW_PASSPHRASE"))
        new = ask_passphrase("anonymise.key_prompt_new", confirm=True)
    change_passphrase(study, old, new)
    console.print(t("anonymise.key_passwd"))


@key_app.command("export")
def key_export(
    target: Annotated[Path, typer.Argument(help="File or folder for the encrypted copy.")],
) -> None:
    """Write an encrypted copy of the key for the archive (checks the passphrase first).

    Example:

        feltarbeid key export /media/arkiv/
    """
    from ..anonymise.keyfile import export_key, get_passphrase

    study = get_study()
    path = export_key(study, get_passphrase(), target)
    console.print(t("anonymise.key_exported", path=path))


@key_app.command("delete")
def key_delete(
    yes: Annotated[str, typer.Option("--confirm", help="The study's title, to confirm.")] = "",
) -> None:
    """End of study: overwrite and delete the key. Pseudonymised data become anonymous.

    Example:

        feltarbeid key delete --confirm "NAV-partnerskap"
    """
    from ..anonymise.keyfile import delete_key, get_passphrase

    study = get_study()
    confirm = yes or typer.prompt(t("anonymise.key_delete_confirm"))
    if confirm != study.title:
        raise FeltarbeidError(t("anonymise.key_delete_mismatch"))
    delete_key(study, get_passphrase())
    console.print(t("anonymise.key_deleted"))
