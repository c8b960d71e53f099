"""``feltarbeid guide check|show|add|list``: validate, print and store interview guides."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..domain import Guide, Item, Probe, Section
from ..guide import (
    GuideError,
    add_to_study,
    check_file,
    fix_ids,
    guide_stats,
    list_versions,
    load_guide,
    summary,
)
from ..locale import set_language, t
from . import common

guide_app = typer.Typer(
    help="Interview guides: check, show and store them.\n\n"
         "Example:\n\n    feltarbeid guide check guides/nav-partnerskap.yaml",
    no_args_is_help=True,
)


def _minutes(value: float) -> str:
    return f"{value:g}"


def _print_problem(p: object, *, style: str = "red") -> None:
    from ..guide import Problem

    assert isinstance(p, Problem)
    common.console.print(f"[bold]{escape(p.where)}[/]: [{style}]{escape(p.message)}[/]",
                         soft_wrap=True)
    if p.hint:
        common.console.print(f"  → {escape(p.hint)}", soft_wrap=True)


@guide_app.command("check")
def check(
    files: Annotated[list[Path], typer.Argument(help="Guide files (YAML).")],
    write_ids: Annotated[bool, typer.Option(
        "--fix-ids", help="Write the ids made from positions into the file(s).")] = False,
) -> None:
    """Validate guide files: every problem with file:line:column and a hint.

    Exit code 0 when every file is good, 1 otherwise. Works outside a study.

    Example:

        feltarbeid guide check guides/*.yaml
    """
    bad = 0
    for path in files:
        try:
            result = check_file(path)
        except GuideError as exc:
            bad += 1
            for p in exc.problems:
                _print_problem(p)
            continue
        if not result.ok or result.guide is None:
            bad += 1
            for p in result.problems:
                _print_problem(p)
            common.console.print(escape(t("guide.check_bad", path=str(path),
                                          count=len(result.problems))), style="bold red",
                                 soft_wrap=True)
            continue
        guide = result.guide
        stats = guide_stats(guide)
        common.console.print("[green]✓[/] " + escape(summary(guide, str(path))),
                             soft_wrap=True)
        if stats.missing_numbers:
            common.console.print("  " + escape(t(
                "guide.check_gap", numbers=", ".join(map(str, stats.theme_numbers)),
                missing=", ".join(map(str, stats.missing_numbers)))), soft_wrap=True)
        notices = result.notices
        if write_ids and result.generated:
            count = fix_ids(path)
            common.console.print("  " + escape(t("guide.fixed_ids", path=str(path),
                                                 count=count)))
            notices = [n for n in notices if n.code != "notice-generated-ids"]
        for n in notices:
            common.console.print(f"  [yellow]{escape(t('guide.notice'))}:[/] "
                                 f"{escape(n.where)}: {escape(n.message)}", soft_wrap=True)
            if n.hint:
                common.console.print(f"    → {escape(n.hint)}", soft_wrap=True)
    if bad:
        if len(files) > 1:
            common.console.print(t("guide.files_bad", count=bad, total=len(files)),
                                 style="bold red")
        raise typer.Exit(1)


# -------------------------------------------------------------------------- show


def _id(ident: str, show_ids: bool) -> str:
    return f" [dim]\\[{escape(ident)}][/]" if show_ids else ""


def _attribute_text(item: Item) -> str:
    a = item.attribute
    if a is None:
        return ""
    if a.type == "yesno":
        kind = t("guide.yesno")
    elif a.type == "choice":
        kind = t("guide.choice", choices=" / ".join(a.choices))
    else:
        kind = t("guide.text")
    extra = f" · {t('guide.anonymisation')}" if a.anonymisation else ""
    return f"[magenta]⟨{escape(t('guide.attribute'))}: {escape(a.name)} ({escape(kind)})" \
           f"{escape(extra)}⟩[/]"


def _code_text(code: object) -> str:
    from ..domain import CodeHint

    if not isinstance(code, CodeHint) or not code.code:
        return ""
    swatch = f"[{code.colour}]■[/] " if code.colour else ""
    category = f" · {escape(code.category)}" if code.category else ""
    return f"  {swatch}[dim]{escape(code.code)}{category}[/]"


def _probe_lines(probe: Probe, show_ids: bool) -> list[str]:
    """One follow-up: its marker (only the one the author wrote, or the kind's default in
    docs/guide-format.md) and its words as written; styling only, no added punctuation."""
    marker = f"{escape(probe.marker)} " if probe.marker else ""
    indent = "        " if probe.kind == "sub_bullet" else "      "
    style = {"conditional": "italic", "statement": "italic"}.get(probe.kind, "")
    text = escape(probe.display_text)
    if style and text:
        text = f"[{style}]{text}[/]"
    return [f"{indent}{marker}{text}{_id(probe.id, show_ids)}"]


def _item_lines(item: Item, show_ids: bool) -> list[str]:
    """An item as written: statements and lead-ins in italics, never in added quotes."""
    lines: list[str] = []
    must = "[bold red]![/]" if item.must_ask else " "
    if item.lead_in:
        lines.append(f"  {must} [italic]{escape(item.lead_in)}[/]")
        must = " "
    marker = f"{escape(item.marker)} " if item.marker else ""
    if item.kind == "narrative":
        text = f"[bold]{escape(item.text)}[/]"
    elif item.kind == "statement":
        text = f"[italic]{escape(item.text)}[/]"
    else:
        text = escape(item.text)
    head = f"  {must} {marker}{text}{_id(item.id, show_ids)}"
    extras = [x for x in (_attribute_text(item), _code_text(item.code)) if x]
    lines.append(" ".join([head, *extras]))
    if item.document_request:
        lines.append(f"      [cyan]📄 {escape(t('guide.document'))}: "
                     f"{escape(item.document_request)}[/]")
    if item.note:
        lines.append(f"      [dim]{escape(t('guide.note_label'))}: {escape(item.note)}[/]")
    for probe in item.probes:
        lines.extend(_probe_lines(probe, show_ids))
    return lines


def _section_heading(section: Section, show_ids: bool) -> str | None:
    """The heading the author wrote (label and title); a part with neither (a closing
    question outside any theme) has none, only its planned minutes, code and id if any."""
    title = f"[bold]{escape(section.display_title)}[/]" if section.display_title else ""
    minutes = f"[dim]{t('guide.minutes', minutes=_minutes(section.planned_minutes))}[/]" \
        if section.planned_minutes is not None else ""
    head = "  ".join(x for x in (title, minutes) if x)
    head += _code_text(section.code) + _id(section.id, show_ids)
    return head.strip() and head or None


def render_guide(guide: Guide, *, show_ids: bool = False) -> list[str]:
    """The guide as Rich markup lines, in guide order, labels as the author wrote them."""
    stats = guide_stats(guide)
    meta = " · ".join(x for x in (guide.id, guide.version and f"v{guide.version}",
                                  guide.language) if x)
    lines = [f"[bold underline]{escape(guide.title)}[/]  [dim]{escape(meta)}[/]"]
    if guide.description:
        lines.append(f"[dim]{escape(guide.description)}[/]")
    if guide.header_fields:
        lines.append("")
        lines.append(f"[dim]{escape(t('guide.header'))}:[/]")
        for f in guide.header_fields:
            req = " [bold red]![/]" if f.required else ""
            help_text = f"  [dim]{escape(f.help)}[/]" if f.help else ""
            lines.append(f"  {escape(f.label)} ________{req}{help_text}{_id(f.id, show_ids)}")
    for section in guide.sections:
        lines.append("")
        heading = _section_heading(section, show_ids)
        if heading:
            lines.append(heading)
        if section.note:
            lines.append(f"  [dim]{escape(section.note)}[/]")
        for item in section.items:
            lines.extend(_item_lines(item, show_ids))
    lines.append("")
    lines.append("[dim]" + escape(t("guide.legend", minutes=_minutes(stats.planned_minutes),
                                    items=stats.items, must=stats.must_ask)) + "[/]")
    return lines


@guide_app.command("show")
def show(
    file: Annotated[Path, typer.Argument(help="Guide file (YAML).")],
    ids: Annotated[bool, typer.Option("--ids", help="Show the id of every part.")] = False,
) -> None:
    """Print a guide readably, labels as the author wrote them.

    Shows header fields, intro, themes, items (! = must ask), follow-ups, attributes,
    document requests and planned minutes. Works outside a study.

    Example:

        feltarbeid guide show guides/nav-partnerskap.yaml --ids
    """
    guide = load_guide(file)
    if common.options.lang is None:  # outside a study the guide's own language reads best
        set_language(guide.language)
    for line in render_guide(guide, show_ids=ids):
        common.console.print(Text.from_markup(line), soft_wrap=True)


# -------------------------------------------------------------------------- in a study


@guide_app.command("add")
def add(
    file: Annotated[Path, typer.Argument(help="Guide file (YAML).")],
    use: Annotated[bool, typer.Option(
        "--use", help="Make it the study's guide even if the study has one.")] = False,
) -> None:
    """Validate a guide and store this version in the study.

    The version is stored by its content hash, so sessions keep the version they used.
    The study's guide (the 'guide' key of feltarbeid.toml) is set to this file if the
    study has none yet, or with --use.

    Example:

        feltarbeid guide add ../guides/nav-partnerskap.yaml
    """
    study = common.get_study()
    try:
        current = study.settings.guide_path()
        guide, new, chosen = add_to_study(study, file, use=use)
    finally:
        study.close()
    key = "guide.add_new" if new else "guide.add_known"
    common.console.print(escape(t(key, hash=guide.content_hash[:12], title=guide.title)),
                         soft_wrap=True)
    if chosen:
        path = study.settings.values["study"]["guide"]
        common.console.print(escape(t("guide.add_chosen", path=path)), soft_wrap=True)
    else:
        common.console.print(escape(t("guide.add_not_chosen", current=str(current))),
                             soft_wrap=True)


@guide_app.command("list")
def list_() -> None:
    """List the guide versions stored in the study (newest last).

    Example:

        feltarbeid guide list
    """
    study = common.get_study()
    try:
        rows = list_versions(study)
    finally:
        study.close()
    if not rows:
        common.console.print(escape(t("guide.list_empty")))
        return
    table = Table()
    for key in ("list_hash", "list_id", "list_version", "list_added", "list_file"):
        table.add_column(t(f"guide.{key}"), no_wrap=key in ("list_hash", "list_added"),
                         overflow="fold")
    table.add_column("", no_wrap=True)
    for row in rows:
        table.add_row(str(row["hash"])[:12], str(row["guide_id"]), str(row["version"]),
                      str(row["added_at"])[:16].replace("T", " "), escape(str(row["source_path"])),
                      t("guide.list_current") if row["current"] else "")
    common.console.print(table)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.add_typer(guide_app, name="guide")
