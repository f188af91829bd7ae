"""Start a sandbox-compatible server as a subprocess on a free loopback port, and stop it.

The server is any module run as `python -m <module>` that honours SANDBOX_HOST, SANDBOX_PORT,
SANDBOX_DB and SANDBOX_KEYS_FILE (the embedded sandbox, or a broken variant in the self-tests).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .settings import REPO_ROOT

START_TIMEOUT = 30.0
KEY_PATTERN = re.compile(r"allo_live_[A-Za-z0-9_.-]+")


class ServerStartError(RuntimeError):
    """The server process exited or never answered."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    base_url: str
    keys_file: Path
    workdir: Path
    process: subprocess.Popen
    log_path: Path
    keys: dict = field(default_factory=dict)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        text = KEY_PATTERN.sub("allo_live_[redacted]", text)
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        shutil.rmtree(self.workdir, ignore_errors=True)


def _answers(base_url: str) -> bool:
    try:
        httpx.get(f"{base_url}/v1/store", timeout=1.0)
    except httpx.HTTPError:
        return False
    return True


def start(module: str = "sandbox", extra_env: dict[str, str] | None = None) -> ServerProcess:
    """Run `python -m module` with a temporary database and keys file; return once it answers."""
    workdir = Path(tempfile.mkdtemp(prefix="allomancy-conformance-"))
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    keys_file = workdir / "keys.json"
    env = {
        **os.environ,
        "SANDBOX_HOST": "127.0.0.1",
        "SANDBOX_PORT": str(port),
        "SANDBOX_DB": str(workdir / "sandbox.db"),
        "SANDBOX_KEYS_FILE": str(keys_file),
        "SANDBOX_RATE_LIMIT": "off",
        **(extra_env or {}),
    }
    log_path = workdir / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", module], cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    server = ServerProcess(base_url=base_url, keys_file=keys_file, workdir=workdir, process=process,
                           log_path=log_path)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = server.log_tail()
            server.stop()
            raise ServerStartError(f"`python -m {module}` exited with {process.returncode}:\n{tail}")
        if keys_file.exists() and _answers(base_url):
            try:
                server.keys = json.loads(keys_file.read_text())
            except ValueError:
                time.sleep(0.1)  # the file is still being written
                continue
            return server
        time.sleep(0.1)
    tail = server.log_tail()
    server.stop()
    raise ServerStartError(f"`python -m {module}` did not answer on {base_url} within {START_TIMEOUT:.0f} s:\n{tail}")
