"""Shared fixtures: a fresh study folder and an in-process CLI runner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from feltarbeid import locale
from feltarbeid.cli import app, common
from feltarbeid.study import Study, init_study

REPO = Path(__file__).resolve().parent.parent
GUIDES = REPO / "guides"
SAMPLE_AUDIO = REPO / "sample_audio"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test sees the developer's study, language or caches."""
    monkeypatch.delenv("FELTARBEID_STUDY", raising=False)
    monkeypatch.delenv("FELTARBEID_LANG", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    locale.set_language("nb")
    common.options.study = None
    common.options.lang = None
    yield
    locale.set_language("nb")


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Study]:
    s = init_study(tmp_path / "studie", title="Teststudie", language="nb")
    yield s
    s.close()


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


class Cli:
    """Runs ``feltarbeid ...`` in-process through ``cli.main`` (so errors render as users
    see them) with a given working folder."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None,
                 env: dict[str, str] | None = None) -> CliResult:
        from feltarbeid.cli import main

        old = Path.cwd()
        os.chdir(self.cwd)
        try:
            command = click.Command("feltarbeid", callback=lambda: main(list(args)))
            result = self.runner.invoke(command, [], input=input, env=env,
                                        catch_exceptions=False)
        finally:
            os.chdir(old)
            common.options.study = None
            common.options.lang = None
            locale.set_language("nb")
        return CliResult(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture
def long_guide(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Writes a long guide (``items`` questions in themes of ``per``) whose questions are
    long and begin alike; returns its path. Use: ``long_guide(300)``."""
    import yaml

    def write(items: int = 300, per: int = 30) -> Path:
        themes = []
        for t in range((items + per - 1) // per):
            its = [{"id": f"q{n:03d}", "must": n % 3 == 0,
                    "question": f"Question {n} about topic {t}: how does the office handle "
                                f"case type {n} when several agencies are involved?"}
                   for n in range(t * per, min(items, (t + 1) * per))]
            themes.append({"id": f"t{t + 1}", "label": f"Tema {t + 1}.",
                           "title": f"Theme number {t + 1}", "minutes": 10, "items": its})
        doc = {"id": "long", "title": "Long guide", "language": "en", "themes": themes}
        path = tmp_path / f"long-{items}.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        return path

    return write


__all__ = ["GUIDES", "REPO", "SAMPLE_AUDIO", "app"]
