"""CLI commands for export: ``feltarbeid export`` and ``feltarbeid quote``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from .. import locale
from . import common


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""

    @app.command("export")
    def export_cmd(
        to: Annotated[list[str], typer.Option(
            "--to", "-t",
            help="Format(s): csv, xlsx, parquet, qdpx, qdc, docx, txt or all "
                 "(repeat or comma-separate).")],
        out: Annotated[Path | None, typer.Option(
            "--out", "-o",
            help="Folder (default exports/<date-time>/), or a file name with the format's "
                 "extension when exporting one format.")] = None,
        include_unverified: Annotated[bool, typer.Option(
            "--include-unverified",
            help="Also export transcripts not yet verified (or not anonymised); they are "
                 "marked in every format. Withdrawn material never leaves.")] = False,
        include_sensitive: Annotated[bool, typer.Option(
            "--include-sensitive",
            help="Also let out the passages marked sensitive (transcript sensitive); by "
                 "default their text is held back: \\[passasje holdt tilbake].")] = False,
        timestamps: Annotated[str | None, typer.Option(
            "--timestamps", help="Timestamps in transcripts: f4 (#hh:mm:ss-d#) or brackets "
                                 "(\\[hh:mm:ss]); default from \\[export] timestamps.")] = None,
        without_notes: Annotated[bool, typer.Option(
            "--without-notes", help="Leave the session notes out of the .qdpx (the only "
                                    "format that carries them).")] = False,
        without_memos: Annotated[bool, typer.Option(
            "--without-memos", help="Leave the reflexivity memos ('feltarbeid memo') out of "
                                    "the .qdpx and the tables.")] = False,
        with_audio: Annotated[bool, typer.Option(
            "--with-audio",
            help="Put the recordings (as .m4a) into the .qdpx, synchronised with the "
                 "transcripts, for the interviews whose informants all agreed "
                 "(informant set IP01 --audio-export yes). A voice is personal data: "
                 "off by default.")] = False,
    ) -> None:
        """Export verified, anonymised transcripts for coding (leak check first, on what
        the chosen formats write). Never overwrites: an existing --out file, or a folder
        that is not empty, is refused.

        Example:

            feltarbeid export --to qdpx
            feltarbeid export --to all --out ../til-nvivo
            feltarbeid export --to xlsx --out tabeller.xlsx --timestamps brackets
            feltarbeid export --to qdpx --with-audio --out ../koding-med-lyd.qdpx
            feltarbeid export --to docx --include-sensitive --out ../til-veileder
        """
        from ..export import export_study

        study = common.get_study()
        if timestamps is not None and timestamps not in ("f4", "brackets"):
            raise typer.BadParameter("f4 or brackets", param_hint="--timestamps")
        result = export_study(study, to, out=out, include_unverified=include_unverified,
                              include_sensitive=include_sensitive,
                              timestamps=timestamps,  # type: ignore[arg-type]
                              with_notes=not without_notes, with_audio=with_audio,
                              with_memos=not without_memos)
        c = common.console
        c.print(escape(locale.plural("export.done", result.exported, folder=str(result.folder))))
        for f in result.files:
            c.print(escape(locale.t("export.done_file", path=str(f))))
        if result.marked:
            c.print(f"[bold yellow]{escape(locale.t('export.done_marked', n=result.marked))}[/]")
        if result.audio:
            text = locale.t("export.done_audio", keys=", ".join(result.audio))
            c.print(f"[bold yellow]{escape(text)}[/]")
        for key, codes in result.without_audio.items():
            c.print(escape(locale.t("export.done_without_audio", key=key,
                                    codes=", ".join(codes))))
        if result.held_back:
            c.print(escape(locale.plural("sensitive.done_held_back", result.held_back)))
        if result.sensitive_included:
            text = locale.plural("sensitive.done_included", result.sensitive_included)
            c.print(f"[bold yellow]{escape(text)}[/]")
        if result.moved_to_exported:
            c.print(escape(locale.plural("export.done_moved", result.moved_to_exported)))
        c.print(escape(locale.t("export.done_manifest", path=str(result.manifest_path))))
        common.say_unreviewed(study)
        common.warn_open_indirect(study, [t["transcript_id"]
                                          for t in result.manifest["transcripts"]])

    @app.command("quote")
    def quote_cmd(
        quote_id: Annotated[str, typer.Argument(
            help="Quote id from the export tables, e.g. IP01-S001-017, or a range "
                 "IP01-S001-017..019.")],
        include_unverified: Annotated[bool, typer.Option(
            "--include-unverified", help="Also look in unverified transcripts (marked).")]
        = False,
        include_sensitive: Annotated[bool, typer.Option(
            "--include-sensitive", help="Also quote passages marked sensitive (marked).")]
        = False,
    ) -> None:
        """Print a passage verbatim from the verified transcript, with its attribution.

        Example:

            feltarbeid quote IP01-S001-017
            feltarbeid quote IP01-S001-017..019
        """
        from ..export.quotes import quote_text

        study = common.get_study()
        text = quote_text(study, quote_id, include_unverified=include_unverified,
                          include_sensitive=include_sensitive)
        typer.echo(text)
