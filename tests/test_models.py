"""Speech models without a hub: ``model list`` / ``import`` / ``export`` / ``remove`` /
``bench``, the study's ``[transcribe] model`` setting, and which languages a model takes.

Most tests use the tiny real CTranslate2 model (conftest ``tiny_whisper``); one imports
the real bundled base through the same code path (it is loaded to check it).
"""

from __future__ import annotations

import json
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from feltarbeid.errors import FeltarbeidError
from feltarbeid.files import sha256_file
from feltarbeid.models import cache, check_language, resolve
from feltarbeid.models.archive import export_model, import_model
from feltarbeid.privacy.offline import network_blocked
from feltarbeid.settings import SETTINGS_FILE, set_value


@pytest.fixture
def model_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FELTARBEID_CACHE", str(folder))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    return folder


def no_leftovers(model_cache: Path) -> None:
    models = model_cache / "models"
    hidden = [p.name for p in models.iterdir() if p.name.startswith(".")] if models.is_dir() \
        else []
    assert hidden == []


def test_list_on_an_empty_cache(model_cache, cli) -> None:  # type: ignore[no-untyped-def]
    with network_blocked() as guard:
        r = cli("model", "list")
    assert guard.attempts == []
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "Installerte modeller"
    assert any(line.startswith(" base ") and "bundled-base:d01c3014881c9c6f" in line
               for line in lines)
    assert "Ingen nedlastede modeller ennå." in r.stdout
    assert any(line.startswith(" nb-whisper-small ") and "≈ 967 MB" in line for line in lines)
    assert "whisper-tiny.en" not in r.stdout  # hidden unless --all
    assert not model_cache.exists()  # listing creates nothing


def test_import_export_round_trip(model_cache, tiny_whisper, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("model", "import", str(tiny_whisper), "--name", "nb-test")
    assert r.exit_code == 0, r.output
    [model] = cache.installed()
    assert (model.name, model.source["kind"]) == ("nb-test", "import")
    assert model.identity.startswith("ct2-sha256:")
    files = {n: sha256_file(model.path / n) for n in model.files}
    for target in ("out/nb-test.tar", "out/nb-test.tar.gz", "out/nb-test.zip", "folder"):
        dest = tmp_path / target
        e = cli("model", "export", "nb-test", "--to", str(dest))
        assert e.exit_code == 0, e.output
        shutil.rmtree(model_cache / "models")
        assert cache.installed() == []
        source = dest / "nb-test" if target == "folder" else dest
        i = cli("model", "import", str(source))  # the name comes from the export
        assert i.exit_code == 0, (target, i.output)
        [back] = cache.installed()
        assert (back.name, back.identity) == ("nb-test", model.identity)
        assert {n: sha256_file(back.path / n) for n in back.files} == files
        assert back.source["imported_from"] == source.name
    with tarfile.open(tmp_path / "out" / "nb-test.tar") as tar:
        names = sorted(tar.getnames())
    assert names == ["nb-test/config.json", "nb-test/feltarbeid-model.json",
                     "nb-test/model.bin", "nb-test/tokenizer.json", "nb-test/vocabulary.json"]
    again = cli("model", "import", str(tmp_path / "out" / "nb-test.zip"))
    assert again.exit_code == 1 and "--force" in again.stderr
    ref = resolve("nb-test")
    assert (ref.identity, ref.languages) == (model.identity, ("nb", "nn", "en"))
    no_leftovers(model_cache)


def test_a_damaged_copy_is_refused_and_nothing_installed(model_cache, tiny_whisper,
                                                         tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_model(tiny_whisper, name="nb-test")
    out = export_model("nb-test", tmp_path / "usb")
    shutil.rmtree(model_cache / "models")
    model_bin = out / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:-1000])  # truncated on the way
    with pytest.raises(FeltarbeidError, match="model.bin er skadet"):
        import_model(out)
    assert cache.installed() == []
    no_leftovers(model_cache)
    # without a manifest to compare with, loading it is what catches the truncation
    (out / cache.MANIFEST).unlink()
    with pytest.raises(FeltarbeidError, match="kan ikke lastes"):
        import_model(out)
    assert cache.installed() == []
    no_leftovers(model_cache)


def test_what_a_killed_install_left_behind_is_removed(model_cache, tiny_whisper) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    gone = subprocess.Popen(["true"])
    gone.wait()
    left = model_cache / "models" / f".install-{gone.pid}-0badf00d"
    left.mkdir(parents=True)
    (left / "model.bin").write_bytes(b"half a model")
    import_model(tiny_whisper, name="nb-test")
    assert not left.exists()
    assert [m.name for m in cache.installed()] == ["nb-test"]


def test_archives_with_unsafe_paths_are_refused(model_cache, tiny_whisper, tmp_path) -> None:  # type: ignore[no-untyped-def]
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        for f in tiny_whisper.iterdir():
            z.write(f, f"m/{f.name}")
        z.writestr("../../outside.txt", "x")
    with pytest.raises(FeltarbeidError, match="utrygg"):
        import_model(evil)
    assert not (tmp_path / "outside.txt").exists() and not (model_cache / "outside.txt").exists()
    link = tmp_path / "link.tar"
    with tarfile.open(link, "w") as tar:
        info = tarfile.TarInfo("m/model.bin")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(info)
    with pytest.raises(FeltarbeidError, match="utrygg"):
        import_model(link)
    assert cache.installed() == []
    no_leftovers(model_cache)


def test_a_folder_without_tokenizer_is_refused(model_cache, tiny_whisper, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "no-tokenizer"
    shutil.copytree(tiny_whisper, folder)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(FeltarbeidError, match="tokenizer.json"):
        import_model(folder)
    assert cache.installed() == []


def test_the_real_bundled_base_through_import(model_cache, cli) -> None:  # type: ignore[no-untyped-def]
    """The bundled base, assembled, then installed as any other model: loaded by the new
    code path, hashed, usable by name."""
    base = resolve("base")
    r = cli("model", "import", str(base.path), "--name", "base-copy")
    assert r.exit_code == 0, r.output
    ref = resolve("base-copy")
    manifest = json.loads((ref.path / cache.MANIFEST).read_text())
    assert manifest["files"]["model.bin"]["sha256"] == \
        "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
    assert ref.languages == ("nb", "nn", "en")  # the model says it is multilingual
    assert ref.identity.startswith("ct2-sha256:") and ref.identity != base.identity
    bad = cli("model", "import", str(base.path), "--name", "base")
    assert bad.exit_code == 1 and "reservert" in bad.stderr


def test_study_setting_names_an_installed_model(model_cache, tiny_whisper, study, cli) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.transcribe.batch import plan
    from feltarbeid.transcribe.engine import settings_of

    set_value(study.root / SETTINGS_FILE, "transcribe", "model", "nb-whisper-small")
    from feltarbeid.study import open_study

    s = open_study(study.root)
    try:
        with pytest.raises(FeltarbeidError) as exc:
            plan(s)
        assert "feltarbeid model get nb-whisper-small --allow-download" in exc.value.render()
        import_model(tiny_whisper, name="nb-whisper-small")
        p = plan(s)
        model = cache.find_installed("nb-whisper-small")
        assert model is not None
        assert (p.model.name, p.model.identity) == ("nb-whisper-small", model.identity)
        assert settings_of(p.model, p.options)["model_id"] == model.identity
        assert p.options.language == "no"
        listing = cli("--study", str(s.root), "model", "list")
        assert any(line.startswith("*nb-whisper-small ") for line in listing.stdout.splitlines())
    finally:
        s.close()


def test_a_model_must_write_the_study_language(model_cache, tiny_whisper) -> None:  # type: ignore[no-untyped-def]
    folder = cache.staging_dir("test") / "english"
    shutil.copytree(tiny_whisper, folder)
    installed = cache.install(folder, "english-only", source={"kind": "test"},
                              languages=("en",))
    ref = resolve("english-only")
    assert ref.languages == ("en",) == installed.languages
    check_language(ref, "en")
    with pytest.raises(FeltarbeidError, match=r"\(nb\)"):
        check_language(ref, "nb")
    with pytest.raises(FeltarbeidError, match="NB-Whisper"):
        check_language(ref, "nn")
    check_language(resolve(str(tiny_whisper)), "nn")  # multilingual vocabulary: any


def test_export_and_remove_errors(model_cache, tiny_whisper, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("model", "export", "base").exit_code == 1
    missing = cli("model", "export", "nb-whisper-small")
    assert missing.exit_code == 1 and "model list" in missing.stderr
    import_model(tiny_whisper, name="nb-test")
    dest = tmp_path / "x.tar"
    assert cli("model", "export", "nb-test", "--to", str(dest)).exit_code == 0
    again = cli("model", "export", "nb-test", "--to", str(dest))
    assert again.exit_code == 1 and "finnes allerede" in again.stderr
    r = cli("model", "remove", "nb-test", "--yes")
    assert r.exit_code == 0 and cache.installed() == []
    no_leftovers(model_cache)


def test_bench_of_the_bundled_base(model_cache, cli) -> None:  # type: ignore[no-untyped-def]
    """The real model on 5 s of the sample, in its own process; figures are printed (their
    values are the benchmark's business, not this test's)."""
    r = cli("--lang", "en", "model", "bench", "base", "--seconds", "5", "--threads", "1")
    assert r.exit_code == 0, r.output
    assert "Model base (bundled-base:d01c3014881c9c6f) · 5 s of" in r.stdout
    assert "Transcribing 5 s of audio:" in r.stdout and "× real time" in r.stdout
    assert "Peak memory:" in r.stdout
    assert "Estimate" not in r.stdout  # --threads given: no estimate for the default setup
