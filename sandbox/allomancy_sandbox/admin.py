"""The operator's HTTP endpoint: `POST /admin/fresh-store` creates a fresh pair of seeded stores (fresh.py) and
answers their keys-file document (201).

It exists only when SANDBOX_ADMIN_SECRET is set (otherwise /admin/... is an unknown path like any other: 404), and
every call must carry that secret in `X-Admin-Secret` (401 otherwise). It is not part of the Allomancy API.
"""

from __future__ import annotations

import hmac
import sqlite3
from typing import Protocol

from starlette.requests import Request
from starlette.responses import Response

from . import fresh
from .config import Config
from .errors import ApiError
from .operations import json_response

PREFIX = b"/admin/"
FRESH_STORE = b"/admin/fresh-store"
HEADER = "x-admin-secret"


class SandboxStateLike(Protocol):
    config: Config
    conn: sqlite3.Connection
    secret: str


def handles(raw_path: bytes, admin_secret: str | None) -> bool:
    return admin_secret is not None and raw_path.startswith(PREFIX)


def respond(request: Request, raw_path: bytes, state: SandboxStateLike) -> Response:
    secret = state.config.admin_secret
    assert secret is not None
    if raw_path != FRESH_STORE:
        raise ApiError("route_not_found", "No operation exists at this path.")
    if request.method != "POST":
        raise ApiError("method_not_allowed", "Allowed methods: POST.", headers={"Allow": "POST"})
    given = request.headers.getlist(HEADER)
    if len(given) != 1 or not hmac.compare_digest(given[0].encode("utf-8"), secret.encode("utf-8")):
        raise ApiError("api_key_invalid", "Send the sandbox's admin secret in X-Admin-Secret.")
    document = fresh.create(state.conn, state.secret, int(state.config.clock()), state.config.base_url)
    return json_response(document, status=201)
