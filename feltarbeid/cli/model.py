"""``feltarbeid model list | get | import | export | remove | bench``: speech models."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from .. import locale
from ..errors import StudyNotFound
from ..locale import t
from ..study import Study
from .common import console, err_console, get_study

model_app = typer.Typer(
    help="Speech models: list them, download one (the only network use), carry one to a "
         "computer without network, measure speed and memory.",
    no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(model_app, name="model")


def _optional_study() -> Study | None:
    try:
        return get_study()
    except StudyNotFound:
        return None


def _mib(size: int) -> str:
    return f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def _current(study: Study | None) -> str | None:
    """The name under which ``model list`` shows the study's ``[transcribe] model`` (None
    outside a study, or when the setting names a folder)."""
    if study is None:
        return None
    from ..models import cache
    from ..models.bundled import BUNDLED
    from ..models.catalogue import find

    wanted = str(study.settings.get("transcribe", "model") or BUNDLED)
    if wanted.startswith((".", "/", "~")) or (study.root / wanted).exists() or \
            Path(wanted).expanduser().exists():
        return None
    model = cache.find_installed(wanted)
    if model is not None:
        return model.name
    entry = find(wanted)
    return entry.name if entry is not None else wanted


@model_app.command("list")
def model_list(
    everything: Annotated[bool, typer.Option(
        "--all", help="Also the English-only and older models that are accepted by name.")]
    = False,
) -> None:
    """Installed models (name, size, languages, identity, source) and the known ones you can
    download. The study's current model is marked with *.

    Example: feltarbeid model list
    """
    from ..models import cache
    from ..models.bundled import BUNDLED, BUNDLED_SIZE, bundled_identity
    from ..models.catalogue import catalogue

    current = _current(_optional_study())
    installed = cache.installed()
    rows = [(("*" if current == BUNDLED else " ") + BUNDLED, _mib(BUNDLED_SIZE), "nb, nn, en",
             bundled_identity(), t("model.source_bundled"))]
    have = {BUNDLED}
    for m in installed:
        have.add(m.name)
        source = m.source.get("repo") or m.source.get("imported_from") or m.source.get("kind", "")
        rows.append((("*" if m.name == current else " ") + m.name, _mib(m.size),
                     ", ".join(m.languages), m.identity, str(source)))
    console.print(f"[bold]{t('model.list_installed')}[/]")
    _print_rows([tuple(t(f"model.col_{c}") for c in
                       ("name", "size", "languages", "identity", "source")), *rows])
    if not installed:
        console.print(t("model.list_none_downloaded"))
    if current is not None and current not in have:
        console.print(t("model.list_current_missing", name=escape(current)))
    notes = locale.catalogue(locale.get_language())
    known = [(" " + e.name, f"≈ {_mib(e.size_mb * 1_000_000)}", ", ".join(e.languages),
              notes.get(f"model.note.{e.name}", e.repo))
             for e in catalogue().values()
             if e.name not in have and (everything or not e.hidden)]
    if known:
        console.print()
        console.print(f"[bold]{t('model.list_known')}[/]")
        _print_rows([tuple(t(f"model.col_{c}") for c in ("name", "size", "languages", "note")),
                     *known])
        console.print(t("model.list_get_hint"))
    console.print(t("model.list_folder", path=str(cache.models_dir())))


def _print_rows(rows: list[tuple[str, ...]]) -> None:
    """Aligned columns, one line per row, never folded (readable in a pipe and a log)."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)] + [row[-1]]
        console.print(escape("  ".join(cells).rstrip()), soft_wrap=True)


@model_app.command("get")
def model_get(
    name: Annotated[str, typer.Argument(
        help="A name from 'model list' (nb-whisper-small …), a Whisper size or a hub id.")],
    allow_download: Annotated[bool, typer.Option(
        "--allow-download", help="Allow the download (the only network use). "
                                 "Or set \\[transcribe] allow_download = true.")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Download again and replace the installed copy.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Download a model into the model cache: only its CTranslate2 files, with a progress bar;
    a dropped connection is resumed (if the command is stopped, run it again). Every file is
    checked against the hub's hash and the model is loaded once before it is installed; a
    damaged download is refused and removed. Models published only as transformers weights
    are converted if 'feltarbeid\\[convert]' is installed.

    Example: feltarbeid model get nb-whisper-small --allow-download
    """
    from ..models import hub
    from ..models.bundled import BUNDLED

    study = _optional_study()
    if name == BUNDLED:
        console.print(t("model.get_bundled"))
        return
    allow = allow_download or bool(
        study is not None and study.settings.get("transcribe", "allow_download"))
    model, fetched = hub.get(name, allow_download=allow, force=force, quiet=quiet)
    key = "model.get_done" if fetched else "model.get_already"
    console.print(t(key, name=model.name, path=str(model.path)))
    _describe(model)
    _language_note(study, model.languages)
    console.print(t("model.use_hint", name=model.name))


def _describe(model) -> None:  # noqa: ANN001 - cache.Installed
    console.print(t("model.describe", size=_mib(model.size), languages=", ".join(model.languages),
                    identity=model.identity))


def _language_note(study: Study | None, languages: tuple[str, ...]) -> None:
    if study is not None and languages and study.language not in languages:
        err_console.print(t("model.language_warning", language=study.language,
                            languages=", ".join(languages)))


@model_app.command("import")
def model_import(
    path: Annotated[Path, typer.Argument(
        help="A folder, .tar, .tar.gz or .zip with a CTranslate2 Whisper model "
             "(e.g. from 'model export').")],
    name: Annotated[str | None, typer.Option(
        "--name", help="Name to install it under (default: from the export, else the "
                       "file name).")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace an installed model of the same name.")] = False,
) -> None:
    """Install a model from a file or folder, without network (TSD: bring the export in
    through the import zone). Files are checked against the export's hashes and the model
    is loaded once; a damaged copy is refused and nothing is installed.

    Example: feltarbeid model import /tsd/p1234/data/durable/nb-whisper-small.tar
    """
    from ..models.archive import import_model

    model = import_model(path, name=name, force=force)
    console.print(t("model.import_done", name=model.name, path=str(model.path)))
    _describe(model)
    _language_note(_optional_study(), model.languages)
    console.print(t("model.use_hint", name=model.name))


@model_app.command("export")
def model_export(
    name: Annotated[str, typer.Argument(help="An installed model (see 'model list').")],
    to: Annotated[Path | None, typer.Option(
        "--to", help="A .tar, .tar.gz or .zip file, or a folder (default: ./NAME.tar).")]
    = None,
) -> None:
    """Write an installed model with its manifest (hashes, source) to carry it to another
    computer; 'model import' there checks it.

    Example: feltarbeid model export nb-whisper-small --to /media/usb/nb-whisper-small.tar
    """
    from ..models.archive import export_model

    out = export_model(name, to)
    console.print(t("model.export_done", name=name, path=str(out)))


@model_app.command("remove")
def model_remove(
    name: Annotated[str, typer.Argument(help="An installed model (see 'model list').")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
) -> None:
    """Delete an installed model from the model cache (transcripts made with it stay).

    Example: feltarbeid model remove nb-whisper-large --yes
    """
    from ..models import cache

    if not yes and not typer.confirm(t("model.remove_confirm", name=name)):
        raise typer.Exit(1)
    path = cache.remove(name)
    console.print(t("model.remove_done", name=name, path=str(path)))


@model_app.command("bench")
def model_bench(
    name: Annotated[str | None, typer.Argument(
        help="Model (default: the study's, else base). Must be on this computer.")] = None,
    seconds: Annotated[float, typer.Option(help="Seconds of audio to transcribe.", min=5)]
    = 30.0,
    audio: Annotated[Path | None, typer.Option(
        help="A recording to use instead of the bundled sample (its first SECONDS).")] = None,
    language: Annotated[str | None, typer.Option(
        help="nb, nn or en (default: en for the English sample, else the study's).")] = None,
    threads: Annotated[int | None, typer.Option(
        help="CPU threads (default: what one 'transcribe' worker gets here).", min=1)] = None,
) -> None:
    """Transcribe 30 s of the sample with a model on this computer: real-time factor and
    peak memory, so you can choose a model before an overnight run.

    Example: feltarbeid model bench nb-whisper-small
    """
    from ..demo import resource_dir
    from ..models import check_language, resolve
    from ..transcribe.batch import default_workers, model_for
    from ..transcribe.bench import bench
    from ..transcribe.engine import whisper_language

    study = _optional_study()
    ref = (model_for(study, name, allow_download=False) if study is not None
           else resolve(name, allow_download=False))
    if audio is None:
        audio = resource_dir("sample_audio") / "interview.mp3"
        lang = language or "en"
    else:
        lang = language or (study.language if study is not None else "nb")
    if lang not in ("nb", "nn", "en"):
        raise typer.BadParameter("nb, nn or en", param_hint="--language")
    check_language(ref, lang)
    cores = os.cpu_count() or 1
    workers = default_workers()
    per_worker = threads or max(1, cores // workers)
    console.print(locale.plural("model.bench_start", per_worker, name=ref.name,
                                identity=ref.identity, seconds=f"{seconds:.0f}",
                                audio=str(audio), language=lang, cores=cores))
    r = bench(ref, audio, seconds=seconds, threads=per_worker, language=whisper_language(lang))
    rtf = r.realtime_factor
    console.print(t("model.bench_load", seconds=f"{r.load_seconds:.1f}"))
    console.print(t("model.bench_speed", audio=f"{r.audio_seconds:.0f}",
                    seconds=f"{r.transcribe_seconds:.1f}", rtf=f"{rtf:.1f}",
                    hour=f"{60 / rtf:.1f}" if rtf else "—"))
    if r.peak_rss_mib is not None:
        console.print(t("model.bench_memory", mib=f"{r.peak_rss_mib:.0f}"))
    if threads is None and workers > 1:
        console.print(locale.plural("model.bench_estimate", per_worker, workers=workers,
                                    rtf=f"{rtf * workers:.1f}",
                                    mib=f"{(r.peak_rss_mib or 0) * workers:.0f}"))
