"""Offline guarantee: nothing opens a network connection.

``network_blocked`` (feltarbeid.privacy.offline) makes every non-loopback connect,
sendto and name lookup in this process raise, and records each attempt, so code that
swallows the error is caught as well. The slow tests run the whole demo pipeline under the
guard, and once more as a separate process in an empty Linux network namespace
(``unshare -rn``), where the kernel refuses any connection of every child process.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from datetime import date
from pathlib import Path

import pytest

from feltarbeid.privacy.offline import (
    NetworkBlocked,
    is_local_host,
    namespace_available,
    network_blocked,
    run_without_network,
)


@pytest.fixture
def no_network():  # type: ignore[no-untyped-def]
    """Block the network for one test; fail it if anything tried (even if it was caught)."""
    with network_blocked() as guard:
        yield guard
    assert guard.attempts == [], f"network access was attempted: {guard.attempts}"


def test_guard_blocks_remote_and_allows_local() -> None:
    real_connect = socket.socket.connect
    with network_blocked() as guard:
        with pytest.raises(NetworkBlocked):
            socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1
        with pytest.raises(NetworkBlocked):
            socket.getaddrinfo("huggingface.co", 443)
        with pytest.raises(NetworkBlocked):
            socket.gethostbyname("pypi.org")
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with pytest.raises(NetworkBlocked):
            udp.sendto(b"x", ("8.8.8.8", 53))
        udp.close()
        raw = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        with pytest.raises(NetworkBlocked):
            raw.connect(("2001:db8::1", 443))
        raw.close()
        # code that swallows the error is still recorded
        with contextlib.suppress(OSError):
            socket.create_connection(("example.org", 80))
        assert len(guard.attempts) == 6
        # loopback TCP and local sockets work (process pools, a local Dask cluster)
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen()
        client = socket.create_connection(server.getsockname(), timeout=5)
        conn, _ = server.accept()
        client.sendall(b"ping")
        assert conn.recv(4) == b"ping"
        for s in (client, conn, server):
            s.close()
        a, b = socket.socketpair()
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"
        a.close()
        b.close()
        assert socket.getaddrinfo("localhost", 80)
        assert len(guard.attempts) == 6
    assert socket.socket.connect is real_connect  # restored


@pytest.mark.parametrize(("host", "local"), [
    ("127.0.0.1", True), ("127.5.0.1", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("10.0.0.1", False), ("example.org", False), ("0.0.0.0", False),
])
def test_is_local_host(host: str, local: bool) -> None:
    assert is_local_host(host) is local


def test_privacy_commands_run_offline(no_network, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every command of this area, end to end through the CLI, with the network blocked."""
    from feltarbeid.study import init_study

    s = init_study(tmp_path / "st", end_date=date(2026, 1, 1))
    s.close()
    root = str(s.root)
    for args in (
        ("informant", "add", "IP01", "--consent", "written"),
        ("informant", "add", "IP02", "--consent", "written"),
        ("privacy", "report", "--markdown", str(tmp_path / "r.md")),
        ("privacy", "permissions"),
        ("withdraw", "IP02", "--yes"),
        ("audit", "verify"),
        ("audit", "show"),
        ("purge", "--yes"),
        ("privacy", "report"),
        ("audit", "verify"),
    ):
        r = cli("--study", root, *args)
        assert r.exit_code == 0, (args, r.output)
    assert list(Path(root).glob("purge-certificate-*.json"))


@pytest.mark.slow
def test_demo_pipeline_runs_offline(no_network, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The whole demo (every stage that exists) with the network blocked in-process."""
    from feltarbeid.demo import build_demo
    from feltarbeid.privacy import report

    monkeypatch.setenv("FELTARBEID_KEY_PASSPHRASE", "demo-passphrase-not-for-real-studies")
    monkeypatch.delenv("HF_HUB_OFFLINE")  # as users run it: the code itself must not try
    from feltarbeid.privacy.demo import REPORT_FILE, demo_step

    study = build_demo(tmp_path / "demo")
    try:
        rep = report.build(study)
        assert rep.audit_problems == []
        assert "audit chain intact" in demo_step(study)
        assert (study.root / REPORT_FILE).is_file()
    finally:
        study.close()


@pytest.mark.slow
@pytest.mark.skipif(not namespace_available(), reason="unshare -rn is not available here")
def test_demo_runs_in_a_network_namespace(tmp_path: Path) -> None:
    """The demo as a separate process (every child too) in a namespace with no network."""
    exe = Path(sys.executable).with_name("feltarbeid")
    env = {**os.environ, "FELTARBEID_KEY_PASSPHRASE": "demo-passphrase-not-for-real-studies"}
    target = tmp_path / "demo"
    r = run_without_network([str(exe), "demo", str(target)], env=env, timeout=3000)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    check = run_without_network([str(exe), "--study", str(target), "audit", "verify"],
                                env=env, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    probe = run_without_network(
        [sys.executable, "-c",
         "import socket; socket.create_connection(('192.0.2.1', 80), timeout=3)"],
        timeout=60)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower()
