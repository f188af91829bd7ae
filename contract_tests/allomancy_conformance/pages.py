"""Walking a cursor-paginated list through the API: allomancy_spec.follow_cursors with the suite's client, each page
judged, every row checked for a repeat."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import allomancy_spec

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
    seen: set[str] = set()
    extra: dict[str, Any] = {"key": key, "headers": headers, "check": check}

    def fetch(cursor: str | None) -> dict[str, Any]:
        query = dict(params or {})
        if limit is not None:
            query["limit"] = limit
        if cursor is not None:
            query["cursor"] = cursor
        response = client.call(operation_id, path=path, params=query, **extra)
        assert response.status == 200, f"walking {operation_id}: {response.describe()}"
        result.pages.append(response)
        body: dict[str, Any] = response.json()
        return body

    def loops(repeated: str, pages: int) -> Walk:
        result.loop = f"{operation_id} (limit {limit}, filters {params or {}}): the walk loops: {repeated}"
        if check:
            raise PaginationLoop(f"{result.loop}; stopped after {pages} pages")
        return result

    try:
        for number, body in enumerate(allomancy_spec.follow_cursors(fetch, max_pages=max_pages), start=1):
            for row in body["data"]:
                try:
                    row_id: str | None = row_key(row)
                except (KeyError, TypeError):
                    row_id = None
                if row_id is not None and row_id in seen:
                    return loops(f"row {row_id} again on page {number}", number)
                if row_id is not None:
                    seen.add(row_id)
                result.rows.append(row)
    except allomancy_spec.PaginationNeverEnds as stop:
        if stop.repeated_cursor:
            return loops(f"nextCursor of page {stop.pages} was already followed", stop.pages)
        return result  # the page budget ran out: not ended, not a loop (the caller decides)
    result.ended = True
    return result
