"""Walking a cursor-paginated list through the API."""

from __future__ import annotations

from dataclasses import dataclass, field

from .client import ApiClient, ApiResponse

MAX_LIMIT = 1000
ROW_KEYS = ("id", "uuid")


def row_key(row: dict) -> str:
    """The identity of a list row: its `id`, or a customer's `uuid`."""
    for name in ROW_KEYS:
        if name in row:
            return str(row[name])
    raise KeyError(f"row has none of {ROW_KEYS}: {sorted(row)}")


@dataclass
class Walk:
    rows: list[dict] = field(default_factory=list)
    pages: list[ApiResponse] = field(default_factory=list)
    ended: bool = False  # reached a page whose nextCursor is null

    @property
    def keys(self) -> list[str]:
        return [row_key(row) for row in self.rows]


def walk(
    client: ApiClient,
    operation_id: str,
    *,
    path: dict[str, str] | None = None,
    params: dict | None = None,
    limit: int | None = MAX_LIMIT,
    max_pages: int = 2000,
    key: object = None,
    check: bool = True,
) -> Walk:
    """Follow nextCursor from the first page until it is null (or max_pages). Asserts each page is 200.

    With check=False (discovery) the responses are not judged against the spec, only read.
    """
    result = Walk()
    cursor = None
    extra: dict = {"check": check} if key is None else {"key": key, "check": check}
    for _ in range(max_pages):
        query = dict(params or {})
        if limit is not None:
            query["limit"] = limit
        if cursor is not None:
            query["cursor"] = cursor
        response = client.call(operation_id, path=path, params=query, **extra)
        assert response.status == 200, f"walking {operation_id}: {response.describe()}"
        result.pages.append(response)
        body = response.json()
        result.rows.extend(body["data"])
        cursor = body["pagination"]["nextCursor"]
        if cursor is None:
            result.ended = True
            break
    return result
