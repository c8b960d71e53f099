"""Misleading messages and crashes a user can cause without trying hard: a new study's
privacy report, a read-only study, an unexpected error, settings out of range, an empty
or deleted feltarbeid.toml, ``--study`` after the command, a dry-run purge before the end
date, a key copied into the study, and a shared guide cache naming another study's path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import GUIDES, Cli

from feltarbeid.anonymise import keyfile
from feltarbeid.errors import SettingsError
from feltarbeid.settings import SETTINGS_FILE, load
from feltarbeid.study import Study, init_study

PASS = "synthetic-robust-passphrase"


# --------------------------------------------------------------------------- 14


def test_privacy_report_of_a_new_study(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "ny").exit_code == 0
    for lang in ("nb", "nn", "en"):
        r = cli("--study", str(tmp_path / "ny"), "--lang", lang, "privacy", "report")
        assert r.exit_code == 0, r.output
        assert "Traceback" not in r.output and "KeyError" not in r.output


# --------------------------------------------------------------------------- 15


def _without_privilege(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``feltarbeid ARGS`` so that file permissions apply: as root (who may write
    anything) the command runs without the capabilities that override them."""
    env = {**os.environ, "FELTARBEID_CACHE": str(root / "cache"), "FELTARBEID_LANG": "en"}
    command = [sys.executable, "-c", "from feltarbeid.cli import main; main()", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner",
                   *command]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)


def test_a_read_only_study_says_what_is_read_only(tmp_path: Path) -> None:
    s = init_study(tmp_path / "studie", language="en")
    s.close()
    root = s.root
    db = root / "feltarbeid.db"
    # the database file itself
    db.chmod(0o400)
    r = _without_privilege(tmp_path, "--study", str(root), "status")
    assert "Traceback" not in r.stderr + r.stdout, r.stderr  # reading may work
    r = _without_privilege(tmp_path, "--study", str(root), "informant", "add", "IP01")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr + r.stdout, r.stderr
    assert "read-only" in r.stderr and str(db) in r.stderr, r.stderr
    assert "not a feltarbeid database" not in r.stderr
    # the study folder (the database needs its journal files beside it)
    db.chmod(0o600)
    root.chmod(0o500)
    r = _without_privilege(tmp_path, "--study", str(root), "informant", "list")
    assert "Traceback" not in r.stderr + r.stdout, r.stderr  # reading may work
    r = _without_privilege(tmp_path, "--study", str(root), "informant", "add", "IP02")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr + r.stdout, r.stderr
    assert "read-only" in r.stderr and str(root) in r.stderr, r.stderr
    root.chmod(0o700)


def test_an_unexpected_error_is_logged_not_shown(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "studie").exit_code == 0
    s = ["--study", str(tmp_path / "studie")]
    assert cli(*s, "informant", "add", "IP01").exit_code == 0
    import sqlite3

    conn = sqlite3.connect(tmp_path / "studie" / "feltarbeid.db")
    conn.execute("UPDATE informants SET attributes = '{ikke json'")  # damaged by hand
    conn.commit()
    conn.close()
    r = cli(*s, "informant", "list")
    assert r.exit_code == 70
    assert "Traceback" not in r.output
    logs = sorted((tmp_path / "studie" / "logs").glob("error-*.log"))
    assert logs and "Traceback" in logs[-1].read_text("utf-8")
    assert logs[-1].name in r.output


# --------------------------------------------------------------------------- 18


@pytest.mark.parametrize("section,line", [
    ("anonymise", "review_threshold = 8"),
    ("anonymise", "review_threshold = -0.1"),
    ("review", "deadline_days = 0"),
    ("review", "deadline_days = 100000"),
    ("transcribe", "workers = -1"),
    ("transcribe", "workers = 10000"),
    ("workbench", "speed = 3.0"),
    ("workbench", "rewind = -1"),
    ("recruitment", "interview_minutes = 100000"),
])
def test_numbers_out_of_range_are_refused(tmp_path: Path, section: str, line: str) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_text(f"[{section}]\n{line}\n", "utf-8")
    with pytest.raises(SettingsError) as err:
        load(path)
    assert line.split(" =")[0] in err.value.render()


def test_every_number_setting_has_a_range() -> None:
    from feltarbeid.settings import SCHEMA

    for section, keys in SCHEMA.items():
        for name, decl in keys.items():
            if decl.type in (int, float):
                assert decl.minimum is not None and decl.maximum is not None, (section, name)


def test_an_empty_settings_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "studie").exit_code == 0
    (tmp_path / "studie" / SETTINGS_FILE).write_text("\n# tom\n", "utf-8")
    r = cli("--study", str(tmp_path / "studie"), "status")
    assert r.exit_code == SettingsError.exit_code
    assert SETTINGS_FILE in r.output and "Traceback" not in r.output


def test_a_deleted_settings_file_is_named_and_can_be_restored(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "studie", "--language", "nn", "--title", "Gamal").exit_code == 0
    root = tmp_path / "studie"
    assert Cli(root)("informant", "add", "IP01").exit_code == 0
    (root / SETTINGS_FILE).unlink()
    for r in (Cli(root)("status"), cli("--study", str(root), "status")):
        assert r.exit_code != 0
        assert SETTINGS_FILE in r.output and "init" in r.output
        assert "ingen feltarbeid-studie" not in r.output.lower()  # not "no study here"
    r = cli("init", "studie")
    assert r.exit_code != 0
    assert "--restore-settings" in r.output
    r = cli("init", "studie", "--restore-settings")
    assert r.exit_code == 0, r.output
    restored = load(root / SETTINGS_FILE)
    assert restored.language == "nn"  # as the study was made
    r = Cli(root)("informant", "list")
    assert r.exit_code == 0 and "IP01" in r.output
    r = cli("init", "studie", "--restore-settings")
    assert r.exit_code != 0  # only a missing file is restored


# --------------------------------------------------------------------------- 21


def test_study_option_after_the_command(cli: Cli, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    assert cli("init", "studie").exit_code == 0
    study = ["--study", str(tmp_path / "studie")]
    assert cli(*study, "key", "create").exit_code == 0
    assert cli(*study, "key", "add", "Tjorven Haugstøl").exit_code == 0
    text = tmp_path / "in.jsonl"
    text.write_text('{"id": 1, "text": "Jeg snakket med Tjorven Haugstøl i går."}\n', "utf-8")
    # as the README writes it: --study after the command
    r = cli("anonymise", "detect", str(text), "--study", str(tmp_path / "studie"))
    assert r.exit_code == 0, r.output
    assert "Tjorven Haugstøl" in r.stdout
    r = cli("status", "--study", str(tmp_path / "studie"))
    assert r.exit_code == 0, r.output


def test_a_command_keeps_its_own_short_option() -> None:
    """'memo add -s S003' is the memo's session, not the study; '-s DIR' after a command
    without its own -s is the study."""
    from feltarbeid.cli import hoist_global_options

    assert hoist_global_options(["--study", "D", "memo", "add", "-s", "S003", "tekst"]) == [
        "--study", "D", "memo", "add", "-s", "S003", "tekst"]
    assert hoist_global_options(["memo", "list", "-s", "S003", "--study", "D"]) == [
        "--study", "D", "memo", "list", "-s", "S003"]
    assert hoist_global_options(["status", "-s", "D"]) == ["-s", "D", "status"]


def test_nothing_to_hoist_builds_no_command_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up time: with the global options already in front (as the interview app is
    started) the click command tree is not built a second time just to look for them."""
    import feltarbeid.cli as cli_mod

    def tree(argv: list[str]) -> set[str]:
        raise AssertionError("command tree built")

    monkeypatch.setattr(cli_mod, "_own_options", tree)
    argv = ["--study", "D", "--lang=en", "interview", "--informant", "IP01", "--new"]
    assert cli_mod.hoist_global_options(argv) == argv
    assert cli_mod.hoist_global_options(["run", "--", "--study", "x"]) == [
        "run", "--", "--study", "x"]
    with pytest.raises(AssertionError, match="command tree built"):
        cli_mod.hoist_global_options(["status", "--study", "D"])


def test_purge_dry_run_before_the_end_date(cli: Cli, tmp_path: Path) -> None:
    end = (date.today() + timedelta(days=30)).isoformat()
    assert cli("init", "studie", "--end-date", end).exit_code == 0
    r = cli("--study", str(tmp_path / "studie"), "purge", "--dry-run")
    assert r.exit_code == 0, r.output
    assert end in r.output
    r = cli("--study", str(tmp_path / "studie"), "purge", "--yes")
    assert r.exit_code != 0 and end in r.output


def test_a_key_copy_inside_the_study_is_refused_and_reported(study: Study, cli: Cli) -> None:
    from feltarbeid.privacy import report

    keyfile.create_key(study, PASS)
    r = cli("--study", str(study.root), "key", "export", str(study.root / "logs"),
            env={keyfile.PASSPHRASE_ENV: PASS})
    assert r.exit_code != 0 and not list(study.root.rglob("*.age"))
    # copied by hand (or by an older version): the report finds it
    shutil.copyfile(study.key_path, study.root / "recordings" / "backup.bin")
    codes = {f.code: f for f in report.build(study).findings}
    assert "key_copy_inside_study" in codes
    assert codes["key_copy_inside_study"].severity == "error"
    assert "recordings/backup.bin" in codes["key_copy_inside_study"].where


# --------------------------------------------------------------------------- 22


def test_a_shared_guide_cache_names_this_studys_path(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from feltarbeid.interview.guides import guide_for_new_session

    monkeypatch.setenv("FELTARBEID_CACHE", str(tmp_path / "cache"))
    (tmp_path / "guides").mkdir()
    shutil.copyfile(GUIDES / "en-municipal-services.yaml", tmp_path / "guides" / "g.yaml")
    a = init_study(tmp_path / "a", guide="../guides/g.yaml")
    b = init_study(tmp_path / "b", guide="../guides/g.yaml")
    assert guide_for_new_session(a).source_path.startswith(str(a.root))
    assert guide_for_new_session(b).source_path.startswith(str(b.root))  # from the cache
    given = tmp_path / "b" / ".." / "guides" / "g.yaml"
    assert guide_for_new_session(b, given).source_path == str(given)
    a.close()
    b.close()


def test_ctrl_c_inside_a_command_says_it_stopped(cli: Cli, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # typer turns a Ctrl-C inside a command into exit code 130 and says nothing; the user
    # must see that the command stopped (and the store must be as it was)
    assert cli("init", "studie").exit_code == 0
    s = ["--study", str(tmp_path / "studie")]

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    from feltarbeid.cli import registers

    monkeypatch.setattr(registers.reg, "add_informant", interrupted)
    r = cli(*s, "informant", "add", "IP01")
    assert r.exit_code == 130
    assert "Stoppet (Ctrl-C)." in r.stderr
    assert "Traceback" not in r.output
    monkeypatch.undo()
    assert "IP01" not in cli(*s, "informant", "list").output
