"""``feltarbeid demo DIR``: a demo study built from the bundled guide and sample audio, with
every stage run on it. Each stage is one step below; the demo calls the same functions the
CLI calls, so it shows what a real study goes through.

The sample interview (``sample_audio/``) is synthetic English speech, so the demo study's
language is English; its answers mention invented people and real Norwegian municipalities.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console

from .domain import Case, Informant
from .errors import FeltarbeidError
from .locale import set_language, t
from .municipalities import set_case_municipality
from .store import registers as reg
from .study import Study, init_study, is_study
from .timeutil import now_iso

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSPHRASE = "demo-passphrase-not-for-real-studies"
DEMO_GUIDE = "en-municipal-services.yaml"
DEMO_INFORMANT = "IP01"
DEMO_CASE = "K1"
# what a researcher listening to the sample corrects in the base model's text (those found)
DEMO_CORRECTIONS = {
    "I train them a social worker": "I trained as a social worker",
    "in Asuka,": "in Asker,",
    "have been this office": "have led this office",
    "Toe Hanson": "Tove Hansen",
    "Lily Hammer": "Lillehammer",
}
DEMO_MUNICIPALITY = "Lillehammer"  # where the sample interview's informant works


def resource_dir(name: str) -> Path:
    """``guides`` or ``sample_audio``: beside the package in a checkout."""
    path = REPO_ROOT / name
    if not path.is_dir():
        raise FeltarbeidError(t("core.demo_needs_folder", name=name), where=str(path),
                              hint=t("core.demo_needs_folder_hint"))
    return path


def build_demo(directory: Path, *, force: bool = False, console: Console | None = None,
               ui_language: str | None = None) -> Study:
    """Build the demo study in ``directory`` and run every stage. Messages are in
    ``ui_language`` if given, else in the demo study's language (English)."""
    console = console or Console()
    directory = Path(directory)
    key_path = directory.resolve().parent / f"{directory.resolve().name}-nokkel.age"
    if directory.exists():
        if not force:
            raise FeltarbeidError(t("core.demo_folder_exists"), where=str(directory),
                                  hint=t("core.demo_folder_exists_hint"))
        if not is_study(directory):
            raise FeltarbeidError(t("core.demo_folder_not_study"), where=str(directory),
                                  hint=t("core.demo_folder_not_study_hint"))
        shutil.rmtree(directory)
        key_path.unlink(missing_ok=True)
    elif key_path.exists():
        # a key left beside a demo folder deleted by hand: deleted with --force only when
        # the demo passphrase opens it (an earlier demo's key); a real key is never touched
        from .anonymise.keyfile import opens_with

        if not force:
            raise FeltarbeidError(t("core.demo_orphan_key"), where=str(key_path),
                                  hint=t("core.demo_orphan_key_hint"))
        if not opens_with(key_path, DEMO_PASSPHRASE):
            raise FeltarbeidError(t("core.demo_orphan_key"), where=str(key_path),
                                  hint=t("core.demo_orphan_key_not_demo_hint"))
        key_path.unlink()
    # the demo's key opens with the demo passphrase: for its own steps only, so that a
    # later key in the same process is never opened with it
    before = os.environ.get("FELTARBEID_KEY_PASSPHRASE")
    os.environ.setdefault("FELTARBEID_KEY_PASSPHRASE", DEMO_PASSPHRASE)
    try:
        return _run_steps(directory, console, ui_language)
    finally:
        if before is None:
            os.environ.pop("FELTARBEID_KEY_PASSPHRASE", None)


def _run_steps(directory: Path, console: Console, ui_language: str | None) -> Study:
    """Create the study in ``directory`` and run every stage on it, printing each."""
    steps: list[tuple[str, Callable[[Study], Any]]] = [
        ("guide", _guide),
        ("registers", _registers),
        ("interview", _interview),
        ("recruitment", _recruitment),
        ("recording", _recording),
        ("transcribe", _transcribe),
        ("anonymise", _anonymise),
        ("correct", _correct),
        ("review", _review),
        ("document", _document),
        ("export", _export),
        ("privacy", _privacy),
    ]
    study = _init(directory)
    set_language(ui_language or study.language)
    for name, step in steps:
        console.print(f"[bold]{t('core.demo_step', step=name)}[/]")
        result = step(study)
        if result:
            console.print(f"  {result}")
    console.print(f"\n[bold green]{t('core.demo_done', path=str(study.root))}[/]")
    console.print(f"  feltarbeid --study {directory} status")
    return study


def _init(directory: Path) -> Study:
    guides = resource_dir("guides")
    end = date.today() + timedelta(days=365)
    study = init_study(directory, title="Demo: municipal services", language="en",
                       guide=DEMO_GUIDE, end_date=end)
    target = study.root / DEMO_GUIDE
    shutil.copyfile(guides / DEMO_GUIDE, target)
    target.chmod(0o600)
    return study


def _registers(study: Study) -> str:
    reg.add_case(study.store, Case(DEMO_CASE, "Service office (demo)",
                                   {"size": "medium", "model": "joint office"}))
    reg.add_informant(study.store, Informant(
        DEMO_INFORMANT, role="office leader", case_code=DEMO_CASE, employer="municipality",
        consent="written", consent_at=now_iso(), anonymise_wish="yes",
    ))
    # the case's municipality stays in the study; exports get its size class
    place = set_case_municipality(study.store, DEMO_CASE, DEMO_MUNICIPALITY,
                                  study.settings.get("anonymise", "size_bounds"))
    size = place.size.label(study.language) if place else "?"
    return (f"case {DEMO_CASE} (municipality kept in the study, size class exported: {size}),"
            f" informant {DEMO_INFORMANT} (written consent)")


def _guide(study: Study) -> str:
    from .guide import study_guide, summary

    return summary(study_guide(study))


def _interview(study: Study) -> str:
    """A finished session timed like the sample recording, made through the same journal
    and event path as the interview app."""
    from .interview.scripted import demo_session

    session_id = demo_session(study, resource_dir("sample_audio"), informant=DEMO_INFORMANT,
                              case=DEMO_CASE, header={"municipality": "(demo)"})
    return f"session {session_id} (journal/{session_id}.jsonl)"


def _recruitment(study: Study) -> str:
    """The contact log that led to the interview, and the researcher's reflexivity memos
    (issue 15): what 'informant recruitment' and 'memo list' show, and the export carries."""
    from . import reflexivity
    from .recruitment.contacts import record_contact
    from .store.sessions import sessions_of_informant

    for days, what, channel in ((21, "letter_sent", "email"), (14, "reminder", "email"),
                                (12, "yes", "phone")):
        record_contact(study, DEMO_INFORMANT, what, channel=channel,
                       on_date=(date.today() - timedelta(days=days)).isoformat())
    reflexivity.add(study, "I worked in a service office myself for six years, so I expect "
                           "to recognise the problems the leaders describe.",
                    kind="project", interviewer="KL")
    reflexivity.add(study, "The informant was more positive about the joint office than I "
                           "expected; my follow-up questions leaned towards problems.",
                    kind="after", interviewer="KL",
                    session_id=sessions_of_informant(study.store, DEMO_INFORMANT)[0])
    from .recruitment.status import recruitment_lines
    from .store import recruitment as contacts

    (line,) = recruitment_lines([reg.require_informant(study.store, DEMO_INFORMANT)],
                                contacts.list_contacts(study.store),
                                contacts.interview_starts(study.store), date.today())
    return f"3 contacts with {DEMO_INFORMANT} (status: {line.status}), 2 reflexivity memos"


def _recording(study: Study) -> str:
    from .transcribe.recordings import add_recordings

    audio = resource_dir("sample_audio") / _sample_audio_name()
    from .store.sessions import list_sessions

    session_id = list_sessions(study.store)[-1].id
    added = add_recordings(study, [audio], session_id=session_id)
    return f"{len(added)} recording(s) in recordings/"


def _transcribe(study: Study) -> str:
    from .transcribe.batch import run

    summary = run(study)
    if summary.failed:
        raise FeltarbeidError(t("core.demo_transcription_failed", n=summary.failed),
                              hint=t("core.demo_see_log", path=summary.log_path))
    return f"{summary.done} transcript(s); log {summary.log_path}"


def _anonymise(study: Study) -> str:
    from .anonymise.demo import anonymise_demo

    return str(anonymise_demo(study))


def _correct(study: Study) -> str:
    """The researcher's pass in the workbench, scripted: what listening to the sample
    corrects in Whisper base's text, every passage checked, saved as a ``corrected``
    version, anonymised again (the same path as ``feltarbeid transcript edit``)."""
    from .store.transcripts import list_transcripts
    from .workbench.scripted import correct

    out = []
    for row in list_transcripts(study.store, ("anonymised",)):
        done = correct(study, int(row["id"]), DEMO_CORRECTIONS)
        again = done.anonymised_again
        out.append(f"transcript {row['id']}: {done.replaced} word(s) corrected, "
                   f"{done.checked} passages checked, version {done.version}"
                   + (f", anonymised again ({len(again.done)})" if again else ""))
    return "; ".join(out) or "nothing to correct"


def _review(study: Study) -> str:
    from .review.demo import run_review_demo

    result = run_review_demo(study, informant=DEMO_INFORMANT)
    packets = result["packets"]
    if not packets:
        raise FeltarbeidError(t("core.demo_no_packet"), hint=t("core.demo_no_packet_hint"))
    ids = ", ".join(p["packet_id"] for p in packets)
    accepted = sum(int(p["accepted"]) for p in packets)
    verified = all(p["transcript_verified"] for p in packets)
    return (f"packet {ids} in packets/{DEMO_INFORMANT}/, answer imported "
            f"({accepted} changes accepted), transcript verified: {verified}")


def _document(study: Study) -> str:
    """A document the informant gave (the request recorded in the interview): added,
    anonymised like the transcript, checked, released and compared against a template."""
    from .anonymise.documents import anonymise_documents
    from .documents.demo import add_demo_document, finish_demo_document

    doc_id, request = add_demo_document(study)
    anonymise_documents(study)
    template = finish_demo_document(study, doc_id)
    return (f"document {doc_id} (request {request}) in documents/, anonymised, checked and "
            f"released; compared against the template {template}")


def _export(study: Study) -> str:
    from .export import export_study

    result = export_study(study, ["all"], out=study.exports_dir / "demo")
    return f"{len(result.files)} files in {result.folder}"


def _privacy(study: Study) -> str:
    from .privacy.demo import demo_step

    return str(demo_step(study))


def _sample_audio_name() -> str:
    data = json.loads((resource_dir("sample_audio") / "timeline.json").read_text("utf-8"))
    return str(data.get("audio", "interview.mp3"))
