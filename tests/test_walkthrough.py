"""The README's walkthrough ("A study from start to end"), command by command through the
CLI as a user types it, on the bundled guide and sample recording, ending in a purge that
succeeds. Only the terminal apps are scripted: the interview (the same recorder the app
uses) and the correction pass in the workbench (the same journal and save path).

On the way: recruitment (letter template, introductory letter, contact log), reflexivity
memos, a sensitive passage, a released document with a comparison table, an export with
the recording; the purge reads the text of every one of those exports.

It also checks what every run must leave behind: every file the study wrote is the
owner's only (0600/0400, folders 0700: templates/, packets/ letters, documents/,
journal/workbench/ …), and no command printed a traceback.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import GUIDES, SAMPLE_AUDIO, Cli

from feltarbeid.review.demo import write_answer_file
from feltarbeid.study import open_study

pytestmark = pytest.mark.slow

PASS = "walkthrough-passphrase-synthetic"
GUIDE = "en-municipal-services.yaml"


def _ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    assert "Traceback" not in result.output, (args, result.output)
    return result.output


def open_modes(root: Path) -> list[str]:
    """Every file or folder below ``root`` (and ``root``) that group or others can use."""
    bad = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_symlink():
            continue
        if mode & 0o077:
            bad.append(f"{path.relative_to(root.parent)} {oct(mode)}")
    return bad


def test_readme_walkthrough_ends_in_a_purge(tmp_path: Path, cli: Cli,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FELTARBEID_KEY_PASSPHRASE", PASS)
    old_umask = os.umask(0o022)  # as on a usual desktop: the tool must not rely on it
    try:
        _walkthrough(tmp_path, cli)
    finally:
        os.umask(old_umask)


def _walkthrough(tmp_path: Path, cli: Cli) -> None:
    end = (date.today() + timedelta(days=200)).isoformat()
    # 1. create the study (English: the sample interview is English speech)
    _ok(cli, "init", "minstudie", "--title", "Municipal services", "--language", "en",
        "--end-date", end)
    root = tmp_path / "minstudie"
    study_cli = Cli(root)
    # 2. the interview guide
    guide = str(GUIDES / GUIDE)
    _ok(study_cli, "guide", "check", guide)
    _ok(study_cli, "guide", "show", guide)
    _ok(study_cli, "guide", "add", guide)
    # 3. cases and informants
    _ok(study_cli, "case", "add", "K1", "--label", "Service office", "--attr", "size=medium")
    _ok(study_cli, "informant", "add", "IP01", "--role", "office leader", "--case", "K1",
        "--employer", "municipality", "--consent", "written", "--anonymise", "yes")
    _ok(study_cli, "informant", "list")
    _ok(study_cli, "status")
    # recruitment: the facts the letter needs, your own wording, the letter, the log
    settings = root / "feltarbeid.toml"
    text = settings.read_text("utf-8")
    for name, value in (("researcher", "Kari Lie, master's student"),
                        ("institution", "University of Oslo"),
                        ("contact", "kari.lie@example.no"),
                        ("purpose", "The project studies how offices work with the "
                                    "municipality.")):
        text = text.replace(f'{name} = ""', f'{name} = "{value}"', 1)
    settings.write_text(text, "utf-8")
    _ok(study_cli, "informant", "letter-template")
    _ok(study_cli, "informant", "letter", "IP01")
    _ok(study_cli, "informant", "contact", "IP01", "yes", "-c", "phone")
    _ok(study_cli, "informant", "recruitment")
    _ok(study_cli, "memo", "add", "--kind", "project",
        "I worked six years in a municipal office myself.")
    # 4. the interview (scripted: the same recorder and journal the app uses)
    from feltarbeid.interview.scripted import demo_session

    study = open_study(root)
    session_id = demo_session(study, SAMPLE_AUDIO, informant="IP01", case="K1",
                              header={"municipality": "(walkthrough)"})
    study.close()
    _ok(study_cli, "session", "show", session_id)
    _ok(study_cli, "memo", "add", "-i", "KL", "-s", session_id,
        "After: calm; the leader spoke freely about the cooperation.")
    _ok(study_cli, "memo", "list")
    # 5. the recording and the overnight transcription
    timeline = json.loads((SAMPLE_AUDIO / "timeline.json").read_text("utf-8"))
    audio = SAMPLE_AUDIO / timeline.get("audio", "interview.mp3")
    _ok(study_cli, "recording", "add", str(audio), "--session", session_id)
    _ok(study_cli, "recording", "list")
    _ok(study_cli, "transcribe", "--quiet")
    _ok(study_cli, "transcript", "list")
    # the correction pass in the workbench (scripted: its journal and save path)
    from feltarbeid.demo import DEMO_CORRECTIONS
    from feltarbeid.workbench.scripted import correct

    study = open_study(root)
    assert correct(study, 1, DEMO_CORRECTIONS).version is not None
    study.close()
    _ok(study_cli, "transcript", "diff", "1")
    # 6. the linking key and anonymisation
    _ok(study_cli, "key", "create")
    _ok(study_cli, "key", "informant", "IP01", "Kari Nordheim", "--contact",
        "kari@example.no")
    _ok(study_cli, "key", "add", "Tove Hansen", "--variant", "Tove")
    _ok(study_cli, "key", "add", "Per Olsen")
    for place in ("Lillehammer", "Asker", "Moss"):
        _ok(study_cli, "key", "add", place, "--kind", "municipality")
    _ok(study_cli, "anonymise")
    _ok(study_cli, "transcript", "sensitive", "1", "--passage", "3", "--reason",
        "could harm the cooperation")
    # a document the informant gave, released, and a template to compare it with
    minutes = tmp_path / "Minutes from Tove Hansen.txt"
    minutes.write_text("Minutes of the partnership meeting\n\nTove Hansen reported on the "
                       "services in Asker.\n\nThe office has one shared leader.\n", "utf-8")
    _ok(study_cli, "document", "add", str(minutes), "--case", "K1", "--kind", "minutes",
        "--status", "released")
    _ok(study_cli, "document", "anonymise")
    _ok(study_cli, "document", "show", "1")
    _ok(study_cli, "document", "check", "1")
    template = tmp_path / "template.yaml"
    template.write_text("id: minutes\ntitle: Template for minutes\nkind: minutes\n"
                        "themes:\n  - id: leader\n    text: One shared leader\n", "utf-8")
    _ok(study_cli, "document", "template", "add", str(template))
    _ok(study_cli, "document", "compare", "set", "minutes", "leader", "1", "--as-template")
    _ok(study_cli, "document", "list")
    # 7. review packets, an answer, its import
    _ok(study_cli, "review", "make", "--informant", "IP01")
    _ok(study_cli, "review", "send", "--informant", "IP01")
    _ok(study_cli, "review", "status")
    study = open_study(root)
    from feltarbeid.store import review as review_store

    packet_id = review_store.list_rounds(study.store, informant_code="IP01")[-1]["packet_id"]
    inbox = tmp_path / "Downloads"
    inbox.mkdir()
    answer = write_answer_file(study, packet_id, folder=inbox, confirm=list(range(1, 200)))
    answer.chmod(0o644)  # as a browser saves it
    study.close()
    _ok(study_cli, "review", "import", str(answer), "--accept-all")
    # 8. export for coding
    _ok(study_cli, "export", "--to", "all")
    _ok(study_cli, "informant", "set", "IP01", "--audio-export", "yes")
    _ok(study_cli, "export", "--to", "qdpx", "--with-audio")
    # 9. the end of the study
    _ok(study_cli, "privacy", "report")
    # what the newer features wrote is there, and the owner's only like the rest
    for folder in ("templates", "documents", "journal/workbench", "packets/IP01"):
        assert any((root / folder).iterdir()), folder
    assert open_modes(root) == []
    _ok(study_cli, "audit", "verify")
    _ok(study_cli, "purge", "--dry-run")
    out = _ok(study_cli, "purge", "--now", "--yes")
    certificates = sorted(root.glob("purge-certificate-*.json"))
    assert certificates, out
    cert = json.loads(certificates[-1].read_text("utf-8"))
    assert cert["leak_check"]["run"] is True
    assert cert["leak_check"]["not_checked"] == []
    kept = {f["path"] for f in cert["kept"]["files"]}
    for suffix in ("documents/docx/", "documents/txt/", "memos.csv", "comparison-minutes.csv",
                   ".qdpx"):
        assert any(suffix in path for path in kept), (suffix, kept)
    assert not (tmp_path / "minstudie-nokkel.age").exists()
    assert open_modes(root) == []
    _ok(study_cli, "audit", "verify")
