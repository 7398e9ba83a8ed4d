"""A throw-away PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder.

Why not a fixture library: the server must start on a bare Debian machine where the only
PostgreSQL is Debian's `postgresql` package (binaries in /usr/lib/postgresql/N/bin, not on
PATH), and CI runs as root, which initdb refuses; so the server runs as an unprivileged user
(`postgres`, which Debian's package creates, else `nobody`) when the tests run as root.

Under CI (environment variable CI set) a server that cannot start fails the test run; on a
developer's machine without PostgreSQL the PostgreSQL tests are skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"  # the bootstrap role initdb creates (-U)


class ServerUnavailable(RuntimeError):
    """No PostgreSQL binaries, or the server did not start; the message says which."""


def _binaries() -> Path:
    """The folder holding initdb and pg_ctl: PATH first, then Debian's versioned folders."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    raise ServerUnavailable(
        "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin); "
        "install Debian's 'postgresql' package"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> str | None:
    """The user to run the server as when we are root (initdb refuses root), else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ServerUnavailable("running as root and no 'postgres' or 'nobody' user to run the server")


@dataclass(frozen=True)
class PostgresServer:
    """A running server on 127.0.0.1:`port`, trust authentication, superuser `postgres`."""

    folder: Path
    port: int
    binaries: Path

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """An SQLAlchemy/libpq-style URL (postgresql://user@127.0.0.1:port/database)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser through psql; returns its output."""
        result = subprocess.run(
            [str(self._psql()), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, "-d", database,
             "-c", sql],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout

    def _psql(self) -> Path:
        candidate = self.binaries / "psql"
        if candidate.exists():
            return candidate
        found = shutil.which("psql")
        if not found:
            raise ServerUnavailable("psql not found")
        return Path(found)

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL (for the superuser)."""
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    """Start a private server in a temporary folder, stop it and remove the folder after."""
    binaries = _binaries()
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="cp-postgres-"))
    data = folder / "data"
    sockets = folder / "sockets"
    sockets.mkdir()
    prefix: list[str] = []
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (folder, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        prefix = ["runuser", "-u", user, "--"] if shutil.which("runuser") else [
            "su", user, "-s", "/bin/sh", "-c"]
    port = _free_port()

    def run(arguments: list[str]) -> None:
        command = prefix + arguments
        if prefix[:1] == ["su"]:
            command = prefix + [" ".join(arguments)]
        result = subprocess.run(command, capture_output=True, text=True, check=False,
                                cwd=folder)
        if result.returncode != 0:
            raise ServerUnavailable(
                f"{Path(arguments[0]).name} failed: {(result.stderr or result.stdout).strip()}"
            )

    try:
        run([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
             "-E", "UTF8", "--locale", "C.UTF-8" if _has_c_utf8() else "C", "--no-sync"])
        options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off")
        run([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "60",
             "-l", str(folder / "server.log"), "start"])
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    server = PostgresServer(folder=folder, port=port, binaries=binaries)
    try:
        yield server
    finally:
        try:
            run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _has_c_utf8() -> bool:
    result = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False)
    return any(line.lower() in ("c.utf8", "c.utf-8") for line in result.stdout.splitlines())
