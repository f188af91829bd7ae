"""Layer 4: cursor pagination on every paginated list of the spec.

Walking with limits 1, 2, 7 and the maximum gives the same rows in the same order, without duplicates or gaps,
and ends (nextCursor null); `limit` is echoed; previousCursor walks back page by page; out-of-range and
non-integer limits and altered, foreign or stale cursors answer 400 invalid_pagination.
"""

from __future__ import annotations

from typing import Any

import pytest

from .. import paginated_lists, session
from ..client import ApiClient
from ..pages import MAX_LIMIT, walk

pytestmark = pytest.mark.pagination

LISTS = paginated_lists.paginated(session.spec_index())
SMALL_LIMITS = (1, 2, 7)
OUT_OF_RANGE_LIMITS = ("0", "-1", str(MAX_LIMIT + 1), "2147483648")  # rejected, not clamped: a guess
NON_INTEGER_LIMITS = ("abc", "1.5", "")  # not a page size at all: documented 400
BOOL_FILTERS = {
    "listProducts": "listed",
    "listCoupons": "active",
    "listCustomers": "newsSubscriber",
    "listCustomerGiftCards": "active",
}


def _listing(op_id: str, catalog) -> tuple[str, dict[str, Any]]:
    path = paginated_lists.path_values(op_id, catalog)
    if path is None:
        pytest.skip(f"nothing to list for {op_id}")
    return op_id, path


@pytest.fixture(params=LISTS)
def listing(request, catalog):
    return _listing(request.param, catalog)


@pytest.fixture(params=[op_id for op_id in LISTS if op_id in BOOL_FILTERS])
def filtered_listing(request, catalog):
    return _listing(request.param, catalog)


@pytest.fixture(params=[op_id for op_id in LISTS if not session.spec_index()[op_id].path_params])
def store_listing(request, catalog):
    return _listing(request.param, catalog)


def assert_invalid_pagination(response) -> None:
    assert response.status == 400, f"expected 400 invalid_pagination: {response.describe()}"
    assert response.code == "invalid_pagination", f"expected code invalid_pagination: {response.describe()}"


def first_cursor(
    api: ApiClient, op_id: str, path: dict[str, Any], key: object = None, params: dict[str, Any] | None = None
) -> str:
    extra = {} if key is None else {"key": key}
    response = api.call(op_id, path=path, params={**(params or {}), "limit": 1}, **extra)
    assert response.status == 200, response.describe()
    cursor = response.json()["pagination"]["nextCursor"]
    if cursor is None:
        pytest.skip(f"{op_id} has fewer than two rows: no cursor to work with")
    return str(cursor)


@pytest.mark.rule("/components/schemas/Pagination/properties/nextCursor")
def test_walks_with_every_limit_agree(api, listing):
    op_id, path = listing
    reference = walk(api, op_id, path=path, limit=MAX_LIMIT)
    assert reference.ended, f"{op_id}: the walk at limit {MAX_LIMIT} never ended"
    assert len(set(reference.keys)) == len(reference.keys), f"{op_id}: duplicate rows at limit {MAX_LIMIT}"
    for limit in SMALL_LIMITS:
        current = walk(api, op_id, path=path, limit=limit, max_pages=len(reference.rows) // limit + 3)
        assert current.ended, f"{op_id}: the walk at limit {limit} did not end"
        odd = [k for k in current.keys if current.keys.count(k) > 1 or k not in reference.keys]
        assert current.keys == reference.keys, (
            f"{op_id}: limit {limit} gave {len(current.keys)} rows, limit {MAX_LIMIT} gave {len(reference.keys)}; "
            f"missing {sorted(set(reference.keys) - set(current.keys))[:3]}, extra or repeated {odd[:3]}"
        )
        for number, page in enumerate(current.pages):
            body = page.json()
            assert body["pagination"]["limit"] == limit, f"{op_id}: limit {limit} echoed as {body['pagination']}"
            size = len(body["data"])
            last = number == len(current.pages) - 1
            assert size == limit or (last and size <= limit), f"{op_id}: page {number} of limit {limit} holds {size}"
        assert current.pages[0].json()["pagination"]["previousCursor"] is None, f"{op_id}: first page has a previous"


@pytest.mark.rule("/components/parameters/Limit")
def test_default_limit_is_100(api, listing):
    op_id, path = listing
    response = api.call(op_id, path=path)
    assert response.status == 200, response.describe()
    assert response.json()["pagination"]["limit"] == 100, f"{op_id}: {response.json()['pagination']}"


@pytest.mark.rule("/components/schemas/Pagination/properties/previousCursor")
def test_previous_cursor_walks_back(api, listing):
    op_id, path = listing
    walked = [walk_back(api, op_id, path, limit) for limit in (2, 7)]
    if not any(walked):
        pytest.skip(f"{op_id} fits in one page of 2")


def walk_back(api, op_id: str, path: dict[str, Any], limit: int) -> bool:
    """Walk forward, then back along previousCursor, comparing pages; False when there is one page only."""
    forward = walk(api, op_id, path=path, limit=limit)
    pages = [page.json()["data"] for page in forward.pages]
    if len(pages) < 2:
        return False
    cursor = forward.pages[-1].json()["pagination"]["previousCursor"]
    number = len(pages) - 2
    while cursor is not None:
        assert number >= 0, f"{op_id}: previousCursor leads before the first page"
        response = api.call(op_id, path=path, params={"limit": limit, "cursor": cursor})
        assert response.status == 200, response.describe()
        body = response.json()
        assert body["data"] == pages[number], f"{op_id}: walking back at limit {limit} gave a different page {number}"
        cursor = body["pagination"]["previousCursor"]
        number -= 1
    assert number == -1, f"{op_id}: previousCursor became null {number + 1} pages before the first page"
    return True


@pytest.mark.parametrize("limit", OUT_OF_RANGE_LIMITS)
@pytest.mark.rule("/components/parameters/Limit/schema/maximum")
def test_out_of_range_limit_is_rejected(api, listing, limit):
    op_id, path = listing
    assert_invalid_pagination(api.call(op_id, path=path, params={"limit": limit}))


@pytest.mark.parametrize("limit", NON_INTEGER_LIMITS)
@pytest.mark.rule("/components/parameters/Limit/schema/type")
def test_non_integer_limit_is_rejected(api, listing, limit):
    op_id, path = listing
    assert_invalid_pagination(api.call(op_id, path=path, params={"limit": limit}))


@pytest.mark.rule("/components/parameters/Cursor")
def test_altered_cursors_are_rejected(api, listing):
    op_id, path = listing
    cursor = first_cursor(api, op_id, path)
    middle = len(cursor) // 2
    flipped = cursor[:middle] + ("A" if cursor[middle] != "A" else "B") + cursor[middle + 1 :]
    for forged in ("garbage", cursor + "x", flipped, cursor[::-1]):
        assert_invalid_pagination(api.call(op_id, path=path, params={"limit": 1, "cursor": forged}))


@pytest.mark.rule("/components/parameters/Cursor")
def test_cursor_of_another_list_is_rejected(api, catalog, listing):
    op_id, path = listing
    donor = "listCategories" if op_id != "listCategories" else "listProducts"
    cursor = first_cursor(api, donor, paginated_lists.path_values(donor, catalog) or {})
    assert_invalid_pagination(api.call(op_id, path=path, params={"limit": 1, "cursor": cursor}))


@pytest.mark.rule("/components/parameters/Cursor")
def test_cursor_of_another_filter_set_is_rejected(api, filtered_listing):
    op_id, path = filtered_listing
    name = BOOL_FILTERS[op_id]
    for value, other in (("true", "false"), ("false", "true")):
        response = api.call(op_id, path=path, params={name: value, "limit": 1})
        cursor = response.json()["pagination"]["nextCursor"] if response.status == 200 else None
        if cursor is not None:
            assert_invalid_pagination(api.call(op_id, path=path, params={name: other, "limit": 1, "cursor": cursor}))
            assert_invalid_pagination(api.call(op_id, path=path, params={"limit": 1, "cursor": cursor}))
            return
    pytest.skip(f"{op_id}: no filter value gives two rows")


@pytest.mark.other_store
@pytest.mark.rule("/components/parameters/Cursor")
def test_cursor_of_another_store_is_rejected(api, keys, settings, factory, store_listing):
    op_id, path = store_listing
    makers = {"listProducts": factory.product, "listCategories": factory.category, "listCoupons": factory.coupon}
    if settings.writes and op_id in makers:  # make sure the other store has two rows, hence a cursor
        for _ in range(2):
            makers[op_id](key=keys.other_store_key)
    cursor = first_cursor(api, op_id, path, key=keys.other_store_key)
    assert_invalid_pagination(api.call(op_id, path=path, params={"limit": 1, "cursor": cursor}))
