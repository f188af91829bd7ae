"""The soak's client: judges every answer it gets (status, problem+json, codes) and records instead of asserting,
so one run reports every violation; and its bounded page walk."""

from __future__ import annotations

import time
from typing import Any

import allomancy_spec
from allomancy_conformance.problems import code_of as problem_code
from allomancy_conformance.problems import problem_errors

from .httpclient import HttpClient, Response, TransportError
from .stats import Recorder

MAX_WALK_PAGES = 200


class Client:
    """One simulated client: its own HTTP connection, recording every outcome."""

    def __init__(
        self,
        base_url: str,
        recorder: Recorder,
        timeout: float,
        allowed: dict[str, set[tuple[int, str]]],
        extra_allowed: set[tuple[int, str]] | None = None,
    ) -> None:
        self.http = HttpClient(base_url, timeout)
        self.recorder = recorder
        self.allowed = allowed
        self.extra_allowed = extra_allowed or set()

    def close(self) -> None:
        self.http.close()

    def call(
        self, op: str, method: str, path: str, key: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> Response | None:
        started = time.perf_counter()
        try:
            response = self.http.request(method, path, headers={"X-API-Key": key}, json=json, params=params)
        except TransportError as exc:
            self.recorder.transport_error(op, exc)
            self.recorder.violation(f"{op}: transport error {type(exc).__name__}: {exc}")
            return None
        elapsed = time.perf_counter() - started
        status = response.status_code
        code = None
        if status >= 400:
            code = problem_code(response.content) or "?"
            for error in problem_errors(status, response.headers.get("content-type"), response.content):
                self.recorder.violation(f"{op} {method} {path} -> {status}: {error}")
            expected = self.allowed.get(op, set()) | self.extra_allowed
            if (status, code) not in expected:
                self.recorder.violation(f"{op} {method} {path} -> unexpected {status} {code}: {response.text[:200]}")
        elif status not in (200, 204):
            self.recorder.violation(f"{op} {method} {path} -> unexpected status {status}")
        self.recorder.record(op, status, elapsed, code)
        return response


def walk(
    client: Client,
    op: str,
    path: str,
    key: str,
    limit: int,
    params: dict[str, Any] | None = None,
) -> tuple[list[list[dict[str, Any]]], list[dict[str, Any]]] | None:
    """Follow nextCursor from the first page (allomancy_spec.follow_cursors); returns (pages, envelopes), or None on
    a failed request (already recorded by the client) or a walk that would not end (recorded here)."""

    def fetch(cursor: str | None) -> dict[str, Any]:
        query = {**(params or {}), "limit": limit, **({"cursor": cursor} if cursor is not None else {})}
        response = client.call(op, "GET", path, key, params=query)
        if response is None or response.status_code != 200:
            raise _WalkFailed
        envelope: dict[str, Any] = response.json()
        return envelope

    try:
        envelopes = [dict(page) for page in allomancy_spec.follow_cursors(fetch, max_pages=MAX_WALK_PAGES)]
    except _WalkFailed:
        return None
    except allomancy_spec.PaginationNeverEnds as stop:
        client.recorder.violation(f"{op}: walk of {path} never ends: {stop}")
        return None
    return [envelope["data"] for envelope in envelopes], envelopes


class _WalkFailed(Exception):
    """A page request failed; the client has recorded why."""
