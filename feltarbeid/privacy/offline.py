"""A network guard: prove that a piece of work opens no network connection.

``network_blocked()`` patches the socket module in this process so that connecting,
sending to, or looking up any address other than loopback (127.0.0.0/8, ::1, localhost)
and local (AF_UNIX) sockets raises ``NetworkBlocked``, and records every attempt, so code
that catches the error and carries on is still caught (``guard.attempts``).

It covers this process (and children started with fork). For a whole-process-tree
guarantee on Linux, run the command in an empty network namespace: ``unshare -rn
feltarbeid ...`` (see ``run_without_network``).
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}


class NetworkBlocked(OSError):
    """Raised instead of opening a network connection while the guard is on."""


@dataclass
class Guard:
    attempts: list[str] = field(default_factory=list)


def is_local_host(host: Any) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _is_local_address(family: int, address: Any) -> bool:
    if family == getattr(socket, "AF_UNIX", object()):
        return True
    if isinstance(address, tuple) and address:
        return is_local_host(address[0])
    if isinstance(address, str | bytes):  # AF_UNIX path given to an INET call: refuse
        return False
    return False


@contextmanager
def network_blocked() -> Iterator[Guard]:
    """Block non-local network access in this process for the duration of the block."""
    guard = Guard()
    real = {
        "connect": socket.socket.connect,
        "connect_ex": socket.socket.connect_ex,
        "sendto": socket.socket.sendto,
        "create_connection": socket.create_connection,
        "getaddrinfo": socket.getaddrinfo,
        "gethostbyname": socket.gethostbyname,
        "gethostbyname_ex": socket.gethostbyname_ex,
    }

    def refuse(what: str) -> NetworkBlocked:
        guard.attempts.append(what)
        return NetworkBlocked(f"network access blocked: {what}")

    def connect(self: socket.socket, address: Any) -> Any:
        if not _is_local_address(self.family, address):
            raise refuse(f"connect {address!r}")
        return real["connect"](self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_local_address(self.family, address):
            raise refuse(f"connect {address!r}")
        return real["connect_ex"](self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> Any:
        address = args[-1]
        if not _is_local_address(self.family, address):
            raise refuse(f"sendto {address!r}")
        return real["sendto"](self, data, *args)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_local_host(address[0]):
            raise refuse(f"create_connection {address!r}")
        return real["create_connection"](address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_local_host(host):
            raise refuse(f"getaddrinfo {host!r}")
        return real["getaddrinfo"](host, *args, **kwargs)

    def gethostbyname(host: str) -> Any:
        if not is_local_host(host):
            raise refuse(f"gethostbyname {host!r}")
        return real["gethostbyname"](host)

    def gethostbyname_ex(host: str) -> Any:
        if not is_local_host(host):
            raise refuse(f"gethostbyname_ex {host!r}")
        return real["gethostbyname_ex"](host)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign]
    socket.create_connection = create_connection  # type: ignore[assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.gethostbyname = gethostbyname  # type: ignore[assignment]
    socket.gethostbyname_ex = gethostbyname_ex  # type: ignore[assignment]
    try:
        yield guard
    finally:
        socket.socket.connect = real["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = real["connect_ex"]  # type: ignore[method-assign]
        socket.socket.sendto = real["sendto"]  # type: ignore[method-assign]
        socket.create_connection = real["create_connection"]  # type: ignore[assignment]
        socket.getaddrinfo = real["getaddrinfo"]  # type: ignore[assignment]
        socket.gethostbyname = real["gethostbyname"]  # type: ignore[assignment]
        socket.gethostbyname_ex = real["gethostbyname_ex"]  # type: ignore[assignment]


def namespace_available() -> bool:
    """Whether ``unshare -rn`` works here (Linux with unprivileged user namespaces)."""
    exe = shutil.which("unshare")
    if exe is None:
        return False
    try:
        return subprocess.run([exe, "-rn", "true"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# Inside the new namespace: bring the loopback interface up (local process pools and a
# local Dask cluster talk over 127.0.0.1), then run the command in place of this Python.
_LOOPBACK_UP = """
import fcntl, os, socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack("16sH14s", fcntl.ioctl(s, 0x8913, struct.pack("16sH14s", b"lo", 0, b"")))[1]
fcntl.ioctl(s, 0x8914, struct.pack("16sH14s", b"lo", flags | 1, b""))
s.close()
os.execvp(sys.argv[1], sys.argv[1:])
"""


def run_without_network(argv: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command in a new network namespace whose only interface is loopback: any
    connection elsewhere fails in the kernel, for every child process too."""
    exe = shutil.which("unshare")
    if exe is None:
        raise FileNotFoundError("unshare")
    return subprocess.run([exe, "-rn", sys.executable, "-c", _LOOPBACK_UP, *argv],
                          capture_output=True, text=True, **kwargs)
