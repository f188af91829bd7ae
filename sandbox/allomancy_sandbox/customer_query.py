"""The customer surface's list parameters: limit (1-100, default 24), cursor, and storeId within the token's
stores; any other query parameter is refused."""

from __future__ import annotations

from typing import Any

from .errors import ApiError
from .identifiers import normalize_uuid
from .validation import PageParams, parse_int_text, split_query

LIMIT_DEFAULT, LIMIT_MIN, LIMIT_MAX = 24, 1, 100
LIST_PARAMS = ("limit", "cursor", "storeId")


def parse_customer_query(
    query_string: bytes, paginated: bool, store_ids: tuple[str, ...]
) -> tuple[dict[str, Any], PageParams | None, str | None]:
    values = split_query(query_string)
    known = set(LIST_PARAMS) if paginated else set()
    unknown = sorted(set(values) - known)
    if unknown:
        raise ApiError("validation_failed", f"Unknown query parameter(s): {', '.join(unknown)}.")
    if not paginated:
        return {}, None, None
    limit = LIMIT_DEFAULT
    if "limit" in values:
        number = parse_int_text(values["limit"])
        if number is None or not LIMIT_MIN <= number <= LIMIT_MAX:
            raise ApiError("invalid_pagination", f"limit must be an integer from {LIMIT_MIN} to {LIMIT_MAX}.")
        limit = number
    store_filter = None
    if "storeId" in values:
        store_filter = normalize_uuid(values["storeId"])
        if store_filter is None:
            raise ApiError("validation_failed", "Query parameter 'storeId' must be a UUID.")
        if store_filter not in store_ids:
            raise ApiError("store_out_of_scope", "This customer token does not cover that store.")
    filters = {"storeId": store_filter} if store_filter else {}
    return filters, PageParams(limit=limit, cursor=values.get("cursor") or None), store_filter
