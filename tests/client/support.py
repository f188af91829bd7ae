"""Loopback servers for the client tests: the sandbox in a subprocess, and a scripted stub for odd statuses."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Sandbox:
    """A running `python -m sandbox` with its own database and demo-keys file."""

    base_url: str
    stores: list[dict[str, object]]
    process: subprocess.Popen[bytes]
    log: Path

    def key(self, scope: str = "all", store: int = 0) -> str:
        keys = self.stores[store]["keys"]
        assert isinstance(keys, dict)
        return str(keys[scope])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_sandbox(workdir: Path, **settings: str) -> Sandbox:
    """Start the sandbox on a free loopback port; return once it answers HTTP."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    keys_file, log = workdir / "keys.json", workdir / "sandbox.log"
    env = {
        **os.environ,
        "SANDBOX_RATE_LIMIT": "off",
        **settings,
        "SANDBOX_HOST": "127.0.0.1",
        "SANDBOX_PORT": str(port),
        "SANDBOX_DB": str(workdir / "sandbox.db"),
        "SANDBOX_KEYS_FILE": str(keys_file),
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "sandbox"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"sandbox exited with {process.returncode}:\n{log.read_text()}")
        if keys_file.exists():
            try:
                httpx.get(f"{base_url}/v1/store", timeout=2)
            except httpx.TransportError:
                pass
            else:
                document = json.loads(keys_file.read_text())
                return Sandbox(base_url, document["stores"], process, log)
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"sandbox did not start within 30 s:\n{log.read_text()}")


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A real HTTP transport (sync and async) that notes the method and path of every request it sends."""

    def __init__(self, seen: list[tuple[str, str]]) -> None:
        self.seen = seen
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path))
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path))
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@dataclass
class Reply:
    status: int
    body: object = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class StubServer:
    """A scripted HTTP server on loopback: answers each request with the next Reply (the last one repeats)."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[Seen] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.requests.append(Seen(self.command, self.path, dict(self.headers.items()), body))
                reply = stub.replies.pop(0) if len(stub.replies) > 1 else stub.replies[0]
                time.sleep(reply.delay)
                payload = (
                    b""
                    if reply.body is None
                    else (reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode())
                )
                self.send_response(reply.status)
                for name, value in {"Content-Type": reply.content_type, **reply.headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)
        self._thread.start()

    def script(self, replies: Iterable[Reply]) -> None:
        self.replies = list(replies)
        self.requests.clear()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def problem(status: int, code: str, detail: str = "detail") -> dict[str, object]:
    return {
        "type": f"https://integrations.allomancy.net/errors/{code}",
        "title": code.replace("_", " "),
        "status": status,
        "detail": detail,
        "code": code,
    }
