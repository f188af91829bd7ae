"""Cursor pagination (walks both ways, bounds, foreign cursors) and list filters."""

from __future__ import annotations

from typing import Any

import pytest

import allomancy_spec
from allomancy_sandbox.seed import STORE1_CUSTOMERS
from allomancy_sandbox.seed_ids import STORE1, category_id, resident_id

from .helpers import Api, assert_problem

MAX_PAGES = 500  # the seeded lists end long before this at any limit the tests use


def walk_forward(
    api: Api, path: str, limit: int, params: dict[str, Any] | None = None, key: str = "default"
) -> list[dict[str, Any]]:
    """All pages forward; returns the pages (each the full response document)."""

    def fetch(cursor: str | None) -> dict[str, Any]:
        query = {**(params or {}), "limit": limit, **({"cursor": cursor} if cursor is not None else {})}
        page: dict[str, Any] = api.ok("GET", path, params=query, key=key)
        assert page["pagination"]["limit"] == limit
        assert len(page["data"]) <= limit
        assert page["pagination"]["nextCursor"] is None or len(page["data"]) == limit, "a short page that is not last"
        return page

    return [dict(page) for page in allomancy_spec.follow_cursors(fetch, max_pages=MAX_PAGES)]


def ids(rows: list[dict[str, Any]]) -> list[str]:
    return [row.get("id") or row["uuid"] for row in rows]


SEEDED_ORDER = [resident_id(c.username) for c in STORE1_CUSTOMERS]


@pytest.mark.parametrize("limit", [1, 2, 7, 29, 30, 31, 1000])
def test_forward_and_backward_walks_cover_every_row_once_in_order(fresh: Api, limit: int) -> None:
    pages = walk_forward(fresh, "/v1/customers", limit)
    assert [uuid for page in pages for uuid in ids(page["data"])] == SEEDED_ORDER
    assert pages[0]["pagination"]["previousCursor"] is None
    for index in range(len(pages) - 1, 0, -1):  # every previousCursor yields exactly the previous page
        cursor = pages[index]["pagination"]["previousCursor"]
        assert cursor is not None
        back = fresh.ok("GET", "/v1/customers", params={"limit": limit, "cursor": cursor})
        assert ids(back["data"]) == ids(pages[index - 1]["data"])
        assert (back["pagination"]["previousCursor"] is None) == (index - 1 == 0)
        assert back["pagination"]["nextCursor"] is not None


def test_default_limit_is_100_and_echoed(api: Api) -> None:
    page = api.ok("GET", "/v1/customers")
    assert page["pagination"] == {"nextCursor": None, "previousCursor": None, "limit": 100}
    assert len(page["data"]) == len(STORE1_CUSTOMERS)


def test_limit_can_change_between_pages(fresh: Api) -> None:
    first = fresh.ok("GET", "/v1/customers", params={"limit": 5})
    second = fresh.ok("GET", "/v1/customers", params={"limit": 3, "cursor": first["pagination"]["nextCursor"]})
    assert ids(second["data"]) == SEEDED_ORDER[5:8]


def test_new_rows_appear_at_the_end_and_do_not_shift_cursors(fresh: Api) -> None:
    first = fresh.ok("GET", "/v1/categories", params={"limit": 2})
    fresh.ok("POST", "/v1/categories", json={"name": "Newest"})
    rest = walk_forward(fresh, "/v1/categories", 2)
    names = [c["name"] for page in rest for c in page["data"]]
    assert names[:2] == [c["name"] for c in first["data"]] and names[-1] == "Newest"


@pytest.mark.parametrize("limit", ["0", "1001", "-1", "abc", "", "1.5", "1e2", "2147483648", " 5", "0x10"])
def test_bad_limit_is_invalid_pagination(api: Api, limit: str) -> None:
    for path in (
        "/v1/customers",
        "/v1/products",
        "/v1/categories",
        "/v1/coupons",
        "/v1/customers/resident.username/giftcards",
        "/v1/coupons/owner/blogger.one",
    ):
        assert_problem(api.get(path, params={"limit": limit}), 400, "invalid_pagination")


def test_limit_whole_float_and_bounds_are_accepted(api: Api) -> None:
    assert api.ok("GET", "/v1/customers", params={"limit": "1000"})["pagination"]["limit"] == 1000
    assert api.ok("GET", "/v1/customers", params={"limit": "1"})["pagination"]["limit"] == 1
    assert api.ok("GET", "/v1/customers", params={"limit": "7.0"})["pagination"]["limit"] == 7


def test_repeated_pagination_parameter_is_rejected(api: Api) -> None:
    assert_problem(api.get("/v1/customers?limit=1&limit=2"), 400, "invalid_pagination")


def _cursor(api: Api, path: str, params: dict[str, Any] | None = None, key: str = "default") -> str:
    page = api.ok("GET", path, params={**(params or {}), "limit": 1}, key=key)
    cursor = page["pagination"]["nextCursor"]
    assert cursor is not None
    return str(cursor)


def test_garbage_and_tampered_cursors_are_rejected(api: Api) -> None:
    cursor = _cursor(api, "/v1/customers")
    payload, signature = cursor.split(".")
    for bad in [
        "x",
        "garbage.garbage",
        cursor + "x",
        "x" + cursor,
        f"{payload}.",
        f".{signature}",
        payload[:-1] + ("A" if payload[-1] != "A" else "B") + "." + signature,
        cursor.replace(".", ".."),
        "Tjo3ZDJlNGM4NC05YTZmLTFiNWU4ZDBjMmEzNw",
        "0",
        "€" * 10,
        "a" * 1025,
    ]:
        assert_problem(api.get("/v1/customers", params={"cursor": bad}), 400, "invalid_pagination")
    # an empty cursor is the first page
    assert api.ok("GET", "/v1/customers", params={"cursor": "", "limit": 2})["pagination"]["previousCursor"] is None


def test_cursor_from_another_endpoint_store_or_filter_set_is_rejected(api: Api) -> None:
    customers = _cursor(api, "/v1/customers")
    assert_problem(api.get("/v1/products", params={"cursor": customers}), 400, "invalid_pagination")
    assert_problem(api.get("/v1/categories", params={"cursor": customers}), 400, "invalid_pagination")
    assert_problem(
        api.get("/v1/customers", params={"cursor": customers}, key=api.store2_key), 400, "invalid_pagination"
    )
    assert_problem(
        api.get("/v1/customers", params={"cursor": customers, "newsSubscriber": "true"}), 400, "invalid_pagination"
    )
    filtered = _cursor(api, "/v1/customers", {"newsSubscriber": "true"})
    assert_problem(api.get("/v1/customers", params={"cursor": filtered}), 400, "invalid_pagination")
    assert_problem(
        api.get("/v1/customers", params={"cursor": filtered, "newsSubscriber": "false"}), 400, "invalid_pagination"
    )
    assert api.get("/v1/customers", params={"cursor": filtered, "newsSubscriber": "true"}).status_code == 200
    hats = category_id(STORE1, "Hats")
    sale = category_id(STORE1, "Sale")
    in_hats = _cursor(api, f"/v1/categories/{hats}/products")
    assert_problem(api.get(f"/v1/categories/{sale}/products", params={"cursor": in_hats}), 400, "invalid_pagination")
    owner_one = _cursor(api, "/v1/coupons/owner/blogger.one")
    assert_problem(api.get("/v1/coupons/owner/blogger.two", params={"cursor": owner_one}), 400, "invalid_pagination")
    # the same owner named by UUID or in another case is the same list
    by_uuid = f"/v1/coupons/owner/{resident_id('blogger.one').upper()}"
    assert api.get(by_uuid, params={"cursor": owner_one}).status_code == 200


# ---------------------------------------------------------------- filters


def names(page: dict[str, Any]) -> set[str]:
    return {row["name"] for row in page["data"]}


ACTIVE_PRODUCTS = {
    "Crimson Hat",
    "50% Off Hat",
    "Hat_500",
    "Hat500",
    "Ember Cloak",
    "Forge Gloves",
    "Ash Boots",
    "Steel Ring",
    "Unlisted Sample",
    "Demo Crimson Hat",
    "Limited Lantern",
    "Flat Overkill",
    "Percent Overkill",
    "Mist Scarf",
}


def test_products_list_only_active_products(api: Api) -> None:
    assert names(api.ok("GET", "/v1/products")) == ACTIVE_PRODUCTS


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"search": "50%"}, {"50% Off Hat"}),
        ({"search": "%"}, {"50% Off Hat"}),
        ({"search": "t_5"}, {"Hat_500"}),
        ({"search": "_"}, {"Hat_500"}),
        ({"search": "HAT5"}, {"Hat500"}),
        ({"search": "crimson"}, {"Crimson Hat", "Demo Crimson Hat", "Mist Scarf"}),  # Mist Scarf by description
        ({"search": "   "}, ACTIVE_PRODUCTS),
        ({"search": ""}, ACTIVE_PRODUCTS),
        ({"search": "no such thing"}, set()),
        ({"listed": "false"}, {"Steel Ring", "Unlisted Sample", "Demo Crimson Hat"}),
        (
            {"bloggable": "true", "listed": "true"},
            {"Crimson Hat", "Hat_500", "Ember Cloak", "Limited Lantern", "Mist Scarf"},
        ),
        (
            {"category": category_id(STORE1, "Hats")},
            {"Crimson Hat", "50% Off Hat", "Hat_500", "Hat500", "Demo Crimson Hat"},
        ),
        ({"category": category_id(STORE1, "Hats").upper(), "search": "hat_"}, {"Hat_500"}),
        ({"category": category_id(STORE1, "Empty Shelf")}, set()),
        ({"category": "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"}, set()),
    ],
)
def test_product_filters(api: Api, params: dict[str, str], expected: set[str]) -> None:
    assert names(api.ok("GET", "/v1/products", params=params)) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"listed": "True"},
        {"listed": "1"},
        {"bloggable": ""},
        {"category": "hats"},
        {"search": "x" * 201},
        {"unknown": "1"},
        {"active": "true"},
    ],
)
def test_bad_product_filters_are_400(api: Api, params: dict[str, str]) -> None:
    assert_problem(api.get("/v1/products", params=params), 400, "validation_failed")


def test_category_products_are_the_same_rows_as_the_category_filter(api: Api) -> None:
    for name in ("Hats", "Accessories", "Sale", "Empty Shelf"):
        cid = category_id(STORE1, name)
        assert (
            api.ok("GET", f"/v1/categories/{cid}/products")["data"]
            == api.ok("GET", "/v1/products", params={"category": cid})["data"]
        )
    walked = walk_forward(api, f"/v1/categories/{category_id(STORE1, 'Sale')}/products", 2)
    assert sum(len(p["data"]) for p in walked) == 5


def spend_of(username: str) -> int:
    return next(c.spend for c in STORE1_CUSTOMERS if c.username == username)


@pytest.mark.parametrize("threshold", [-1, 0, 999, 1000, 1001, 30000, -2147483648, 2147483647])
def test_spent_more_than_is_strictly_greater(api: Api, threshold: int) -> None:
    rows = api.ok("GET", "/v1/customers", params={"spentMoreThan": threshold})["data"]
    assert {r["username"] for r in rows} == {c.username for c in STORE1_CUSTOMERS if c.spend > threshold}


def test_news_subscriber_filter_and_and(api: Api) -> None:
    subscribed = api.ok("GET", "/v1/customers", params={"newsSubscriber": "true"})["data"]
    assert subscribed and all(r["newsSubscriber"] for r in subscribed)
    both = api.ok("GET", "/v1/customers", params={"newsSubscriber": "false", "spentMoreThan": 999})["data"]
    assert {r["username"] for r in both} == {c.username for c in STORE1_CUSTOMERS if not c.news and c.spend > 999}


@pytest.mark.parametrize(
    "params",
    [{"spentMoreThan": "2147483648"}, {"spentMoreThan": "1.5"}, {"spentMoreThan": "x"}, {"newsSubscriber": "yes"}],
)
def test_bad_customer_filters_are_400(api: Api, params: dict[str, str]) -> None:
    assert_problem(api.get("/v1/customers", params=params), 400, "validation_failed")


def test_coupon_active_filter_only_on_the_store_list(api: Api) -> None:
    active = api.ok("GET", "/v1/coupons", params={"active": "true"})["data"]
    inactive = api.ok("GET", "/v1/coupons", params={"active": "false"})["data"]
    assert {c["code"] for c in inactive} == {"OLDSALE", "SUMMER50"}
    assert all(c["active"] for c in active) and len(active) + len(inactive) == 7
    owner = api.ok("GET", "/v1/coupons/owner/blogger.one")["data"]
    assert [c["code"] for c in owner] == ["WELCOME10", "VIP25", "OLDSALE"]  # no active filter, creation order
    assert_problem(api.get("/v1/coupons/owner/blogger.one", params={"active": "true"}), 400, "validation_failed")


@pytest.mark.parametrize(
    "params, labels",
    [
        ({}, 5),
        ({"active": "true"}, 3),
        ({"active": "false"}, 2),
        ({"redeemed": "true"}, 2),
        ({"active": "true", "redeemed": "false"}, 2),
        ({"active": "false", "redeemed": "true"}, 1),
    ],
)
def test_gift_card_filters(api: Api, params: dict[str, str], labels: int) -> None:
    rows = api.ok("GET", "/v1/customers/resident.username/giftcards", params=params)["data"]
    assert len(rows) == labels
    for name, value in params.items():
        assert all(row[name] == (value == "true") for row in rows)
