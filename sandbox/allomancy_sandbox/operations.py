"""The operation table entry, the per-request context handed to handlers, and response helpers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response

from .config import Config
from .jsonbody import BodyMode
from .key_records import KeyRecord
from .pagination import Binding, Listing, paginate
from .validation import Obj, PageParams, QueryParam


@dataclass
class Ctx:
    """Everything a handler may use. Path, query and body are already validated."""

    conn: sqlite3.Connection
    config: Config
    secret: str
    key: KeyRecord
    op: Operation
    now: int
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    page: PageParams | None = None
    body: dict[str, Any] | None = None

    @property
    def store_id(self) -> str:
        return self.key.store_id

    def page_of(
        self, listing: Listing, render: Callable[[sqlite3.Row], dict[str, Any]], resource: str = ""
    ) -> Response:
        """One page of `listing`, with cursors bound to this store, operation, resource and filters."""
        assert self.page is not None, "operation is not declared paginated"
        endpoint = f"{self.op.op_id}:{resource}" if resource else self.op.op_id
        binding = Binding(store_id=self.store_id, endpoint=endpoint, filters=self.query)
        return json_response(paginate(self.conn, self.secret, binding, self.page, listing, render))


Handler = Callable[[Ctx], Response]


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    path: str
    scope: str
    handler: Handler
    body: BodyMode = "none"
    schema: Obj | None = None
    query: Mapping[str, QueryParam] = field(default_factory=dict)
    paginated: bool = False
    auth: str = "key"  # "key": X-API-Key and `scope`; "customer": X-Customer-Token (customer_auth.py)


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json")


def no_content() -> Response:
    return Response(status_code=204)
