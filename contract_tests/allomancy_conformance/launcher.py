"""The one way this project starts a server process: a subprocess on a free loopback port.

`ServerProcess` / `running()` start any server command (Prism, a benchmark's peer), wait a bounded time until it is
ready, and stop it (terminate, then kill; its whole process group when it runs in a session of its own).

The server is any module run as `python -m <module>` that honours SANDBOX_HOST, SANDBOX_PORT, SANDBOX_DB and
SANDBOX_KEYS_FILE: the embedded sandbox (`allomancy_sandbox`, reached only through its command, never
imported), or a deliberately broken variant in the project's self-tests. Each server gets its own work
directory (database, keys file, logs); `restart()` starts a new process on the same database. Every start
waits a bounded time for the keys file and a first HTTP answer; every stop terminates, then kills.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

import allomancy_spec

SANDBOX_MODULE = "allomancy_sandbox"
START_TIMEOUT = 30.0
LOG_RECORD = re.compile(r"^(TRACE|DEBUG|INFO|WARNING|ERROR|CRITICAL):")


class ServerStartError(RuntimeError):
    """The server process exited early or never answered."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


STOP_GRACE = 5.0


def answers_http(url: str) -> Callable[[], bool]:
    """A readiness probe: true once `url` gives any HTTP answer."""

    def probe() -> bool:
        try:
            httpx.get(url, timeout=1.0)
        except httpx.HTTPError:
            return False
        return True

    return probe


def listens(port: int, host: str = "127.0.0.1") -> Callable[[], bool]:
    """A readiness probe: true once something accepts TCP connections on host:port."""

    def probe() -> bool:
        try:
            socket.create_connection((host, port), timeout=1).close()
        except OSError:
            return False
        return True

    return probe


def stop_process(process: subprocess.Popen[Any], *, group: bool = False, grace: float = STOP_GRACE) -> None:
    """SIGTERM, then SIGKILL after `grace` seconds; with `group`, to the process group the child leads (its workers
    too, even when the child itself has already exited)."""

    def send(sig: int) -> bool:
        try:
            if group:
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)
        except (ProcessLookupError, PermissionError):
            return False
        return True

    if process.poll() is not None:
        if group:
            send(signal.SIGTERM)
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if not send(sig):
            return
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def child_pids(pid: int) -> list[int]:
    """The child processes (workers) of a server process (Linux /proc; empty elsewhere)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


class _OnLoopback:
    """What every started server answers: its base URL on the loopback port, and its process id."""

    port: int
    process: subprocess.Popen[bytes] | None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid if self.process is not None else 0


@dataclass
class ServerProcess(_OnLoopback):
    """A server command on a loopback port, its output in `log_path`."""

    name: str
    argv: list[str]
    port: int
    log_path: Path
    cwd: Path | None = None
    env: dict[str, str] = field(default_factory=dict)  # added to this process's environment
    own_group: bool = False  # a session of its own: stop() then reaches every process it started
    process: subprocess.Popen[bytes] | None = None

    def start(self, ready: Callable[[], bool], timeout: float = START_TIMEOUT) -> ServerProcess:
        """Start it and wait until `ready()` (at most `timeout` seconds); ServerStartError with its log otherwise."""
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - the caller's fixed argv
                self.argv,
                cwd=self.cwd,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=self.own_group,
            )
        deadline = time.monotonic() + timeout
        while not ready():
            if self.process.poll() is not None:
                raise ServerStartError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise ServerStartError(f"{self.name} was not ready within {timeout:.0f} s:\n{self.log_tail()}")
            time.sleep(0.1)
        return self

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process, group=self.own_group)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(allomancy_spec.redact(text).splitlines()[-lines:])


@contextmanager
def running(
    name: str,
    argv: Sequence[str],
    port: int,
    *,
    ready: Callable[[], bool],
    log_path: Path,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    own_group: bool = False,
    timeout: float = START_TIMEOUT,
) -> Iterator[ServerProcess]:
    """A started server for the length of the block; stopped on the way out, whatever happened."""
    server = ServerProcess(name, list(argv), port, log_path, cwd, dict(env or {}), own_group)
    try:
        yield server.start(ready, timeout)
    finally:
        server.stop()


@dataclass
class SandboxProcess(_OnLoopback):
    """One server subprocess (and, after restarts, its successors) on one database file."""

    workdir: Path
    module: str = SANDBOX_MODULE
    command: list[str] | None = None  # an argv to run instead of `python -m module` (an installed console command)
    env_extra: dict[str, str] = field(default_factory=dict)
    cwd: Path | None = None
    owns_workdir: bool = True
    start_timeout: float = START_TIMEOUT
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    generation: int = 0
    keys: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ paths

    @property
    def db_path(self) -> Path:
        return self.workdir / "sandbox.db"

    @property
    def keys_file(self) -> Path:
        return self.workdir / "keys.json"

    def stdout_path(self, generation: int | None = None) -> Path:
        return self.workdir / f"stdout.{self.generation if generation is None else generation}.log"

    def stderr_path(self, generation: int | None = None) -> Path:
        return self.workdir / f"stderr.{self.generation if generation is None else generation}.log"

    # ------------------------------------------------------------------ keys

    def store_keys(self, index: int = 0) -> dict[str, str]:
        return dict(self.keys["stores"][index]["keys"])

    def key(self, label: str = "all", store: int = 0) -> str:
        return str(self.keys["stores"][store]["keys"][label])

    def all_keys(self) -> list[str]:
        return [str(k) for store in self.keys.get("stores", []) for k in store["keys"].values()]

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> SandboxProcess:
        if self.alive():
            raise ServerStartError("already running")
        self.generation += 1
        self.port = free_port()
        self.keys_file.unlink(missing_ok=True)
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "SANDBOX_RATE_LIMIT": "off",
            "SANDBOX_CORS_ORIGINS": "",
            **self.env_extra,
            "SANDBOX_HOST": "127.0.0.1",
            "SANDBOX_PORT": str(self.port),
            "SANDBOX_DB": str(self.db_path),
            "SANDBOX_KEYS_FILE": str(self.keys_file),
        }
        with open(self.stdout_path(), "wb") as out, open(self.stderr_path(), "wb") as err:
            self.process = subprocess.Popen(  # noqa: S603 - fixed argv, our own interpreter
                self.command or [sys.executable, "-m", self.module],
                cwd=self.cwd or self.workdir,
                env=env,
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerStartError(f"`{self.describe()}` exited with {self.process.returncode}:\n{self.log_tail()}")
            if self.keys_file.exists() and self._answers():
                try:
                    self.keys = json.loads(self.keys_file.read_text())
                except ValueError:
                    time.sleep(0.05)  # still being written
                    continue
                return self
            time.sleep(0.05)
        self.kill()
        raise ServerStartError(
            f"`{self.describe()}` did not answer on {self.base_url} within {self.start_timeout:.0f} s:\n"
            f"{self.log_tail()}"
        )

    def describe(self) -> str:
        return " ".join(self.command) if self.command else f"python -m {self.module}"

    def _answers(self) -> bool:
        return answers_http(f"{self.base_url}/v1/store")()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Send `sig` (default SIGKILL: no cleanup, no checkpoint) and reap the process."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def stop(self) -> None:
        """Graceful stop (SIGTERM, then SIGKILL after 5 s)."""
        if self.process is not None:
            stop_process(self.process)

    def restart(self) -> SandboxProcess:
        """Stop, then start a new process on the same database (a new port)."""
        self.stop()
        return self.start()

    def cleanup(self) -> None:
        """Stop and, when the work directory is ours, remove it."""
        self.stop()
        if self.owns_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # ------------------------------------------------------------------ logs

    def log_text(self, generation: int | None = None) -> str:
        parts = []
        for path in (self.stdout_path(generation), self.stderr_path(generation)):
            try:
                parts.append(path.read_text(errors="replace"))
            except OSError:
                pass
        return "\n".join(parts)

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the current process's output, keys redacted."""
        return "\n".join(allomancy_spec.redact(self.log_text()).splitlines()[-lines:])

    def split_log(self, generation: int | None = None) -> tuple[str, str]:
        """(start-up banner, request log) over stdout and stderr.

        The banner is the listing of demo keys the sandbox prints (by design) before its server starts:
        the leading lines of a stream before its first log record (a line starting with a log level,
        e.g. `INFO:`). Everything from the first log record on is the request log, where no key may
        ever appear.
        """
        banner: list[str] = []
        rest: list[str] = []
        for path in (self.stdout_path(generation), self.stderr_path(generation)):
            try:
                lines = path.read_text(errors="replace").splitlines()
            except OSError:
                continue
            cut = next((i for i, line in enumerate(lines) if LOG_RECORD.match(line)), len(lines))
            banner.extend(lines[:cut])
            rest.extend(lines[cut:])
        return "\n".join(banner), "\n".join(rest)


def launch(
    env: dict[str, str] | None = None,
    *,
    module: str = SANDBOX_MODULE,
    command: list[str] | None = None,
    prefix: str = "allomancy-sandbox-",
    cwd: Path | None = None,
    workdir: Path | None = None,
) -> SandboxProcess:
    """A started server in a fresh temporary work directory (or `workdir`); call `cleanup()` when done."""
    owned = workdir is None
    directory = Path(tempfile.mkdtemp(prefix=prefix)) if workdir is None else workdir
    directory.mkdir(parents=True, exist_ok=True)
    box = SandboxProcess(
        workdir=directory, module=module, command=command, env_extra=dict(env or {}), cwd=cwd, owns_workdir=owned
    )
    try:
        return box.start()
    except BaseException:
        box.cleanup()
        raise
