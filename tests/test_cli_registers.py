"""init/status/case/informant through the real CLI, and every command's help."""

from __future__ import annotations

from pathlib import Path

import pytest

from feltarbeid.cli import app
from feltarbeid.locale import t


def test_walkthrough(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("init", "minstudie", "--title", "NAV-partnerskap", "--end-date", "2027-06-30")
    assert r.exit_code == 0, r.output
    assert "Ny studie opprettet" in r.output
    cli.cwd = tmp_path / "minstudie"
    assert cli("case", "add", "K1", "--label", "Pilotkontor", "-a", "size=small").exit_code == 0
    r = cli("informant", "add", "IP01", "--role", "NAV-leder", "--case", "K1",
            "--consent", "written", "--anonymise", "yes")
    assert r.exit_code == 0, r.output
    r = cli("informant", "add", "IP02", "--case", "K1")
    assert r.exit_code == 0
    r = cli("informant", "list")
    assert "IP01" in r.stdout and "NAV-leder" in r.stdout
    r = cli("informant", "show", "IP01")
    assert "skriftlig" in r.stdout
    assert "written" in cli("--lang", "en", "informant", "show", "IP01").stdout
    r = cli("status")
    assert r.exit_code == 0
    assert "Informanter: 2" in r.stdout
    assert "uten registrert samtykke: IP02" in r.stdout
    r = cli("--lang", "en", "status")
    assert "Informants: 2" in r.stdout
    # from a subfolder, like git
    cli.cwd = tmp_path / "minstudie" / "recordings"
    assert "Informanter: 2" in cli("status").stdout
    # --study from elsewhere
    cli.cwd = tmp_path
    assert cli("--study", "minstudie", "informant", "show", "IP01").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("informant", "add", "Ola Nordmann"), t("core.bad_code", code="Ola Nordmann")),
        (("informant", "add", "IP09", "--case", "NOPE"), t("core.case_missing", code="NOPE")),
        (("informant", "add", "IP09", "--consent", "maybe"),
         t("core.bad_choice", option="--consent", value="maybe")),
        (("informant", "show", "IP77"), t("core.informant_missing", code="IP77")),
        (("case", "add", "K1", "-a", "size"), t("core.attr_no_equals", pair="size")),
    ],
)
def test_bad_input_messages(cli, tmp_path: Path, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "s").exit_code == 0
    cli.cwd = tmp_path / "s"
    cli("case", "add", "K1")
    r = cli(*args)
    assert r.exit_code != 0
    assert message in r.output
    assert "Traceback" not in r.output


def test_init_refuses_existing(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "s").exit_code == 0
    r = cli("init", "s")
    assert r.exit_code == 1
    assert t("core.study_exists") in r.output


def test_no_study_is_a_clear_error(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("status")
    assert r.exit_code == 2
    assert t("core.no_study_here") in r.output
    assert "feltarbeid init" in r.output


def _commands(group, prefix=()):  # type: ignore[no-untyped-def]
    import typer.main

    command = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        path = (*prefix, name)
        if getattr(sub, "commands", None):
            yield path, True
            yield from _commands(sub, path)
        else:
            yield path, False


def test_every_command_explains_itself_with_an_example(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--help")
    assert r.exit_code == 0 and "Example" in r.stdout
    seen = 0
    for path, is_group in _commands(app):
        r = cli(*path, "--help")
        assert r.exit_code == 0, (path, r.output)
        if not is_group:
            assert "Example" in r.stdout, f"'feltarbeid {' '.join(path)} --help' has no example"
            seen += 1
    assert seen >= 6
