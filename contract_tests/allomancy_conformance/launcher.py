"""The one way this project starts a sandbox-compatible server: a subprocess on a free loopback port.

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


@dataclass
class SandboxProcess:
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

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid if self.process is not None else 0

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
        try:
            httpx.get(f"{self.base_url}/v1/store", timeout=1.0)
        except httpx.HTTPError:
            return False
        return True

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
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

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
