"""``feltarbeid model get``: downloading a model, with no real network.

Two fake hubs: a local folder laid out as the Hugging Face hub cache (``HF_HUB_OFFLINE``:
the library reads it exactly as after a real download), and a small hub server on
loopback (``HF_ENDPOINT``) for the download itself (repository listing, file metadata,
ranged requests for a resumed download). The model files are a tiny real CTranslate2
Whisper model (conftest ``tiny_whisper``), so "it loads" is a real check.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from feltarbeid.models import cache, hub, resolve
from feltarbeid.privacy.offline import network_blocked

REPO = "NbAiLab/nb-whisper-small"
COMMIT = "c0ffee" + "0" * 34
LFS = ("model.bin",)


@pytest.fixture
def model_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FELTARBEID_CACHE", str(folder))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))  # the user's own HF cache: empty
    return folder


@pytest.fixture
def hub_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


def nb_whisper_files(tiny: Path) -> dict[str, bytes]:
    """An NB-Whisper repository's layout: CT2 weights in ct2/, tokenizer at the root, and
    root files that must not be taken (the transformers weights, a stray model.bin)."""
    files = {f"ct2/{n}": (tiny / n).read_bytes()
             for n in ("model.bin", "config.json", "vocabulary.json")}
    files["tokenizer.json"] = (tiny / "tokenizer.json").read_bytes()
    files["preprocessor_config.json"] = json.dumps({"feature_size": 80}).encode()
    files["model.bin"] = b"not the CT2 weights"
    files["model.safetensors"] = b"transformers weights"
    return files


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(f"blob {len(data)}\0".encode() + data, usedforsecurity=False).hexdigest()


def etag_of(path: str, data: bytes) -> str:
    return hashlib.sha256(data).hexdigest() if path.rsplit("/", 1)[-1] in LFS else \
        git_blob_id(data)


def fake_hub_cache(root: Path, repo: str, files: dict[str, bytes], *,
                   etags: dict[str, str] | None = None) -> Path:
    """``root/models--org--name`` as huggingface_hub leaves it after a download: blobs named
    by their hub etag, a snapshot of links, refs/main."""
    folder = root / ("models--" + repo.replace("/", "--"))
    (folder / "refs").mkdir(parents=True)
    (folder / "refs" / "main").write_text(COMMIT)
    (folder / "blobs").mkdir()
    for path, data in files.items():
        etag = (etags or {}).get(path) or etag_of(path, data)
        blob = folder / "blobs" / etag
        blob.write_bytes(data)
        link = folder / "snapshots" / COMMIT / path
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(os.path.relpath(blob, link.parent))
    return folder


def nothing_half_installed(model_cache: Path) -> None:
    models = model_cache / "models"
    assert not (models / "nb-whisper-small").exists()
    assert not [p for p in models.iterdir() if p.name.startswith(".")] if models.is_dir() else True
    assert cache.installed() == []


# ------------------------------------------------------------------------ fake hub cache


def test_get_from_the_hub_cache_installs_the_ct2_folder(model_cache, hub_offline, tiny_whisper,
                                                         cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fake_hub_cache(model_cache / "hub", REPO, nb_whisper_files(tiny_whisper))
    with network_blocked() as guard:
        r = cli("model", "get", "nb-whisper-small", "--allow-download", "--quiet")
        listing = cli("--lang", "en", "model", "list")
    assert guard.attempts == []
    assert r.exit_code == 0, r.output
    assert "nb-whisper-small" in r.stdout and "ct2-sha256:" in r.stdout
    [model] = cache.installed()
    assert model.name == "nb-whisper-small"
    assert sorted(p.name for p in model.path.iterdir()) == [
        "config.json", "feltarbeid-model.json", "model.bin", "preprocessor_config.json",
        "tokenizer.json", "vocabulary.json"]
    # the CT2 weights of ct2/, not the stray root model.bin
    assert (model.path / "model.bin").read_bytes() == (tiny_whisper / "model.bin").read_bytes()
    assert model.source == {"kind": "hub", "repo": REPO, "revision": COMMIT, "subfolder": "ct2",
                            "hub_hashes_checked": True}
    assert model.languages == ("nb", "nn", "en")
    assert not (model_cache / "hub" / "models--NbAiLab--nb-whisper-small").exists()  # no 2nd copy
    assert listing.exit_code == 0 and model.identity in listing.stdout
    # every name of it leads to the same model; the identity is a content hash
    for name in ("nb-whisper-small", REPO):
        ref = resolve(name)
        assert (ref.name, ref.path, ref.identity) == ("nb-whisper-small", model.path,
                                                       model.identity)
    again = cli("model", "get", "nb-whisper-small")  # installed: no download, no flag needed
    assert again.exit_code == 0 and "allerede installert" in again.stdout


def test_the_study_setting_allows_the_download(model_cache, hub_offline, tiny_whisper, study,
                                               cli) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.settings import SETTINGS_FILE, set_value

    fake_hub_cache(model_cache / "hub", REPO, nb_whisper_files(tiny_whisper))
    refused = cli("--study", str(study.root), "model", "get", "nb-whisper-small")
    assert refused.exit_code == 1 and cache.installed() == []
    set_value(study.root / SETTINGS_FILE, "transcribe", "allow_download", True)
    r = cli("--study", str(study.root), "model", "get", "nb-whisper-small", "--quiet")
    assert r.exit_code == 0, r.output
    assert [m.name for m in cache.installed()] == ["nb-whisper-small"]


@pytest.mark.parametrize("damage", ["truncated", "truncated-at-the-source"])
def test_a_broken_download_is_refused_and_nothing_half_installed(
        damage, model_cache, hub_offline, tiny_whisper, cli) -> None:  # type: ignore[no-untyped-def]
    files = nb_whisper_files(tiny_whisper)
    whole = files["ct2/model.bin"]
    files["ct2/model.bin"] = whole[: len(whole) // 2]
    # truncated: the hub's hash is that of the whole file (a download cut short);
    # at the source: the hub itself serves the truncated file (its hash matches it)
    etags = {"ct2/model.bin": hashlib.sha256(whole).hexdigest()} if damage == "truncated" \
        else None
    fake_hub_cache(model_cache / "hub", REPO, files, etags=etags)
    r = cli("model", "get", "nb-whisper-small", "--allow-download", "--quiet")
    assert r.exit_code == 1
    expected = "skadet" if damage == "truncated" else "kan ikke lastes"
    assert expected in r.stderr and "Traceback" not in r.output
    nothing_half_installed(model_cache)
    assert not (model_cache / "hub" / "models--NbAiLab--nb-whisper-small").exists()


def test_get_without_permission_opens_no_connection(model_cache, cli, study,
                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from huggingface_hub import constants

    from feltarbeid.errors import FeltarbeidError

    monkeypatch.delenv("HF_HUB_OFFLINE")  # as users run it: the code itself must not try
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    with network_blocked() as guard:
        r = cli("model", "get", "nb-whisper-small")
        s = cli("--study", str(study.root), "transcribe", "--model", "nb-whisper-small")
        for name in (REPO, "small", "someone/any-whisper"):
            with pytest.raises(FeltarbeidError, match="--allow-download"):
                resolve(name)
    assert guard.attempts == []
    assert r.exit_code == 1 and "--allow-download" in r.stderr
    assert s.exit_code != 0
    assert "feltarbeid model get nb-whisper-small --allow-download" in s.stderr
    assert "model import" in s.stderr
    assert not (model_cache / "hub").exists()


def test_transformers_only_repository_says_what_to_install(model_cache, hub_offline, cli) -> None:  # type: ignore[no-untyped-def]
    if hub.convert_available():
        pytest.skip("transformers and torch are installed here")
    fake_hub_cache(model_cache / "hub", "someone/whisper-nynorsk", {
        "config.json": b"{}", "tokenizer.json": b"{}", "model.safetensors": b"weights"})
    r = cli("model", "get", "someone/whisper-nynorsk", "--allow-download")
    assert r.exit_code == 1
    assert 'pip install "feltarbeid[convert]"' in r.stderr
    assert cache.installed() == []


# ------------------------------------------------------------------------ loopback hub


class FakeHub(ThreadingHTTPServer):
    """The few hub endpoints ``snapshot_download`` uses: repository info, file tree, file
    metadata (HEAD) and file contents (GET, with ranges). ``cut_first``: the first GET of
    model.bin stops half-way (a dropped connection)."""

    daemon_threads = True

    def __init__(self, repo: str, files: dict[str, bytes]) -> None:
        super().__init__(("127.0.0.1", 0), _HubHandler)
        self.repo, self.files = repo, files
        self.cut_first = True
        self.requests: list[tuple[str, str, str]] = []  # method, path, Range header


class _HubHandler(BaseHTTPRequestHandler):
    server: FakeHub

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def _json(self, data: object) -> None:
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802
        self._file(head=True)

    def do_GET(self) -> None:  # noqa: N802
        hub_ = self.server
        path = self.path.split("?", 1)[0]
        hub_.requests.append(("GET", path, self.headers.get("Range", "")))
        api = f"/api/models/{hub_.repo}"
        if path.startswith(f"{api}/revision/"):
            self._json({"id": hub_.repo, "sha": COMMIT,
                        "siblings": [{"rfilename": p} for p in hub_.files]})
        elif path.startswith(f"{api}/tree/"):
            self._json([{"type": "file", "path": p, "size": len(d), "oid": git_blob_id(d),
                         **({"lfs": {"oid": hashlib.sha256(d).hexdigest(), "size": len(d),
                                     "pointerSize": 134}} if p.endswith(LFS) else {})}
                        for p, d in hub_.files.items()])
        else:
            self._file(head=False)

    def _file(self, *, head: bool) -> None:
        hub_ = self.server
        prefix = f"/{hub_.repo}/resolve/"
        path = self.path.split("?", 1)[0]
        if head:
            hub_.requests.append(("HEAD", path, ""))
        name = path[len(prefix):].split("/", 1)[-1] if path.startswith(prefix) else ""
        data = hub_.files.get(name)
        if data is None:
            self.send_response(404)
            self.send_header("X-Error-Code", "EntryNotFound")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        start = 0
        rng = self.headers.get("Range", "")
        if rng.startswith("bytes="):
            start = int(rng[6:].split("-", 1)[0] or 0)
        self.send_response(206 if start else 200)
        self.send_header("X-Repo-Commit", COMMIT)
        self.send_header("ETag", f'"{etag_of(name, data)}"')
        self.send_header("Content-Length", str(len(data) - start))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        if head:
            return
        body = data[start:]
        if name.endswith("model.bin") and hub_.cut_first:
            hub_.cut_first = False
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


@pytest.fixture
def fake_hub(tiny_whisper, monkeypatch) -> Iterator[FakeHub]:  # type: ignore[no-untyped-def]
    from huggingface_hub import constants

    server = FakeHub(REPO, nb_whisper_files(tiny_whisper))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    # as if HF_ENDPOINT had been set when the library was imported (it asks its endpoint
    # for a registry of agents before the first request)
    monkeypatch.setattr(constants, "ENDPOINT", endpoint)
    monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE",
                        endpoint + "/{repo_id}/resolve/{revision}/{filename}")
    # small reads, so that a dropped connection has delivered some of the file
    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 1 << 16)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_download_from_a_loopback_hub_resumes_and_installs(model_cache, fake_hub, tiny_whisper,
                                                           cli) -> None:  # type: ignore[no-untyped-def]
    """The real download path: only the model's files are fetched, a dropped connection is
    resumed with a ranged request, and nothing but loopback is contacted."""
    with network_blocked() as guard:  # loopback only
        r = cli("model", "get", "nb-whisper-small", "--allow-download", "--quiet")
    assert guard.attempts == []
    assert r.exit_code == 0, r.output
    [model] = cache.installed()
    assert (model.path / "model.bin").read_bytes() == (tiny_whisper / "model.bin").read_bytes()
    asked = {path for method, path, _ in fake_hub.requests if method == "GET"}
    assert f"/{REPO}/resolve/{COMMIT}/ct2/model.bin" in asked
    assert f"/{REPO}/resolve/{COMMIT}/model.safetensors" not in asked  # only what is needed
    assert f"/{REPO}/resolve/{COMMIT}/model.bin" not in asked
    # the dropped connection was resumed where it stopped, not started again
    ranges = [h for m, p, h in fake_hub.requests if p.endswith("ct2/model.bin") and m == "GET"]
    assert ranges[0] == "" and ranges[-1].startswith("bytes=") and ranges[-1] != "bytes=0-"
