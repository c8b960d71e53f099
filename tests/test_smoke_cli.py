from pathlib import Path


def test_cli_help_runs(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--help")
    assert r.exit_code == 0
    assert "feltarbeid" in r.output


def test_init_then_error_without_study(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("status")
    assert r.exit_code != 0
