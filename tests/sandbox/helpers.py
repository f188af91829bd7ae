"""Test helpers: a real uvicorn server on a free loopback port (background thread), an httpx client
wrapper with the demo keys, a controllable clock, and a problem+json assertion."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
import uvicorn

from allomancy_conformance.launcher import free_port
from allomancy_sandbox import Config, create_app
from allomancy_sandbox.app import SandboxState
from allomancy_sandbox.errors import CODES, PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE
from allomancy_sandbox.server import uvicorn_options

TEST_SECRET = "sandbox-test-secret"


class FakeClock:
    """time.time() plus an adjustable offset (seconds)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclass
class LiveServer:
    """A sandbox app served by uvicorn in a daemon thread."""

    config: Config
    base_url: str = ""
    state: SandboxState = field(init=False)
    _server: uvicorn.Server = field(init=False)
    _thread: threading.Thread = field(init=False)

    def start(self) -> LiveServer:
        port = free_port()
        # The h11 stack in a thread (no uvloop policy for the whole test process); otherwise serve's own options.
        self.config = replace(self.config, host="127.0.0.1", port=port, http="h11")
        app = create_app(self.config)
        self.state = app.state.sandbox
        self._server = uvicorn.Server(uvicorn.Config(app, **{**uvicorn_options(self.config), "log_level": "warning"}))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def keys(self, store_index: int = 0) -> dict[str, str]:
        return dict(self.state.demo_keys()[store_index]["keys"])


class Api:
    """Thin httpx wrapper: `api.get(path, key=...)`; the default key is store 1's all-scopes key."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.client = httpx.Client(base_url=server.base_url, timeout=10)
        self.refresh_keys()

    def refresh_keys(self) -> None:
        self.keys = self.server.keys(0)
        self.store2_keys = self.server.keys(1)
        self.all_key = self.keys["all"]
        self.store2_key = self.store2_keys["all"]

    def request(
        self,
        method: str,
        path: str,
        *,
        key: str | None = "default",
        json: Any = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        hdrs = dict(headers or {})
        if key is not None:
            hdrs.setdefault("X-API-Key", self.all_key if key == "default" else key)
        if json is not None:
            kwargs["json"] = json
        return self.client.request(method, path, headers=hdrs, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        assert response.status_code == 200, (response.status_code, response.text)
        assert response.headers["content-type"] == "application/json"
        return response.json()


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is problem+json with the given status (and code), using only declared codes."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE, response.headers.get("content-type")
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "code"}, body
    assert body["code"] in CODES and CODES[body["code"]][0] == status, body
    assert body["type"] == PROBLEM_TYPE_BASE + body["code"]
    assert body["status"] == status and body["title"] and body["detail"]
    if code is not None:
        assert body["code"] == code, body
    return body


def start_server(**overrides: Any) -> LiveServer:
    config = Config(db_path=":memory:", keys_file=None, secret=TEST_SECRET, **overrides)
    return LiveServer(config).start()


def raw_request(server: LiveServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes (for requests httpx refuses to build) and parse the HTTP/1.1 response."""
    port = int(server.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body
