"""Walking a cursor-paginated list through the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .client import DEFAULT, ApiClient, ApiResponse

MAX_LIMIT = 1000
ROW_KEYS = ("id", "uuid")


def row_key(row: dict[str, Any]) -> str:
    """The identity of a list row: its `id`, or a customer's `uuid`."""
    for name in ROW_KEYS:
        if name in row:
            return str(row[name])
    raise KeyError(f"row has none of {ROW_KEYS}: {sorted(row)}")


class PaginationLoop(AssertionError):
    """A walk met a cursor or a row it had already seen: following the cursors would never end."""


@dataclass
class Walk:
    rows: list[dict[str, Any]] = field(default_factory=list)
    pages: list[ApiResponse] = field(default_factory=list)
    ended: bool = False  # reached a page whose nextCursor is null
    loop: str | None = None  # why the walk stopped early: a repeated cursor or row

    @property
    def keys(self) -> list[str]:
        return [row_key(row) for row in self.rows]


def walk(
    client: ApiClient,
    operation_id: str,
    *,
    path: dict[str, str] | None = None,
    params: dict[str, Any] | None = None,
    limit: int | None = MAX_LIMIT,
    max_pages: int = 2000,
    key: object = DEFAULT,
    headers: dict[str, str] | None = None,
    check: bool = True,
) -> Walk:
    """Follow nextCursor from the first page until it is null (or max_pages). Asserts each page is 200.

    `key` is the API key to send (default: the all-scopes key; None: none); `headers` are sent on every page
    (the customer surface's X-Customer-Token).

    The walk stops at the first repeated cursor or repeated row: with check=True that is a PaginationLoop
    failure naming the page and the repeat; with check=False (discovery) the walk just ends there, its rows
    de-duplicated, and the layers report the loop.
    """
    result = Walk()
    cursor = None
    cursors: set[str] = set()
    seen: set[str] = set()
    extra: dict[str, Any] = {"key": key, "headers": headers, "check": check}
    for number in range(max_pages):
        query = dict(params or {})
        if limit is not None:
            query["limit"] = limit
        if cursor is not None:
            query["cursor"] = cursor
        response = client.call(operation_id, path=path, params=query, **extra)
        assert response.status == 200, f"walking {operation_id}: {response.describe()}"
        result.pages.append(response)
        body = response.json()
        repeated = None
        for row in body["data"]:
            try:
                row_id = row_key(row)
            except (KeyError, TypeError):
                row_id = None
            if row_id is not None and row_id in seen:
                repeated = f"row {row_id} again on page {number + 1}"
                break
            if row_id is not None:
                seen.add(row_id)
            result.rows.append(row)
        cursor = body["pagination"]["nextCursor"]
        if repeated is None and cursor is not None and cursor in cursors:
            repeated = f"nextCursor of page {number + 1} was already followed"
        if repeated is not None:
            result.loop = f"{operation_id} (limit {limit}, filters {params or {}}): the walk loops: {repeated}"
            if check:
                raise PaginationLoop(f"{result.loop}; stopped after {number + 1} pages")
            return result
        if cursor is None:
            result.ended = True
            break
        cursors.add(cursor)
    return result
