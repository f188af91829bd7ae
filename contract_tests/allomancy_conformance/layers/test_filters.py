"""Layer 5: list filters. Every row returned satisfies every filter sent, and no qualifying row is missing: each
filtered walk is compared with the rows of an unfiltered walk that qualify.

Fields the rows do not carry are judged through another read: `spentMoreThan` against each customer's
GET .../spend sum, `category` against the category's own product list, `listed` by partition (the rows of
listed=true and listed=false split the unfiltered list exactly).
"""

from __future__ import annotations

from typing import Any

import pytest

from .. import paginated_lists
from ..pages import walk

pytestmark = pytest.mark.filters

BOOLS = ("true", "false")


def keys_of(rows: list[dict[str, Any]]) -> list[str]:
    return [row.get("id") or row["uuid"] for row in rows]


def assert_same_rows(label: str, got: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    got_keys, expected_keys = keys_of(got), keys_of(expected)
    assert len(set(got_keys)) == len(got_keys), f"{label}: duplicate rows"
    missing = [k for k in expected_keys if k not in set(got_keys)]
    extra = [k for k in got_keys if k not in set(expected_keys)]
    assert not missing and not extra, (
        f"{label}: {len(missing)} qualifying rows missing {missing[:3]}, "
        f"{len(extra)} rows that do not qualify {extra[:3]}"
    )
    assert got_keys == expected_keys, f"{label}: the filtered rows are not in list order"


def check_bool_filter(api, op_id: str, name: str, field: str | None, path: dict[str, Any] | None = None) -> None:
    everything = walk(api, op_id, path=path).rows
    halves = []
    for value in BOOLS:
        rows = walk(api, op_id, path=path, params={name: value}).rows
        wanted = value == "true"
        if field is not None:
            wrong = [r for r in rows if r[field] is not wanted]
            assert not wrong, f"{op_id}?{name}={value} returned rows with {field}={not wanted}: {keys_of(wrong)[:3]}"
            assert_same_rows(f"{op_id}?{name}={value}", rows, [r for r in everything if r[field] is wanted])
        halves.append(rows)
    if field is None:  # not in the rows: the two halves must split the whole list exactly, each in list order
        true_keys, false_keys = set(keys_of(halves[0])), set(keys_of(halves[1]))
        both = sorted(true_keys & false_keys)
        assert not both, f"{op_id}: rows both {name}=true and false: {both[:3]}"
        for value, rows, chosen in (("true", halves[0], true_keys), ("false", halves[1], false_keys)):
            assert_same_rows(f"{op_id}?{name}={value}", rows, [r for r in everything if keys_of([r])[0] in chosen])
        unfiled = [k for k in keys_of(everything) if k not in true_keys | false_keys]
        assert not unfiled, f"{op_id}: rows in neither {name}=true nor {name}=false: {unfiled[:3]}"


@pytest.mark.rule("listProducts/parameters/listed")
def test_products_listed(api):
    check_bool_filter(api, "listProducts", "listed", None)


@pytest.mark.rule("listProducts/parameters/bloggable")
def test_products_bloggable(api):
    check_bool_filter(api, "listProducts", "bloggable", "bloggable")


@pytest.mark.rule("listProducts/x-rules/active-only")
def test_products_are_active_only(api):
    inactive = [r for r in walk(api, "listProducts").rows if r["active"] is not True]
    assert not inactive, f"listProducts returned inactive products: {keys_of(inactive)[:3]}"


@pytest.mark.rule("listProducts/parameters/category")
def test_products_by_category(api, catalog):
    if not catalog.categories:
        pytest.skip("the store has no categories")
    everything = walk(api, "listProducts").rows
    for category in sorted(catalog.categories, key=lambda c: -c["productCount"])[:3]:
        members = {r["id"] for r in walk(api, "listCategoryProducts", path={"id": category["id"]}).rows}
        rows = walk(api, "listProducts", params={"category": category["id"]}).rows
        assert_same_rows(f"listProducts?category={category['id']}", rows, [r for r in everything if r["id"] in members])


def _search_terms(products: list[dict[str, Any]]) -> list[str]:
    terms = {"hat", "%", "_", "50%", "Hat_", "A"}
    for product in products[:3]:
        terms.add(product["name"][1:4].upper())
    return sorted(t for t in terms if t.strip())


@pytest.mark.rule("listProducts/parameters/search")
def test_products_search(api):
    everything = walk(api, "listProducts").rows
    for term in _search_terms(everything):
        needle = term.lower()
        expected = [
            r for r in everything if needle in r["name"].lower() or needle in (r.get("description") or "").lower()
        ]
        assert_same_rows(
            f"listProducts?search={term}", walk(api, "listProducts", params={"search": term}).rows, expected
        )


@pytest.mark.parametrize("term", ["", "   "])
@pytest.mark.rule("listProducts/parameters/search")
def test_blank_search_applies_no_filter(api, term):
    assert_same_rows(
        f"listProducts?search={term!r}",
        walk(api, "listProducts", params={"search": term}).rows,
        walk(api, "listProducts").rows,
    )


@pytest.mark.rule("listProducts/parameters")
def test_products_filters_combine_with_and(api):
    everything = walk(api, "listProducts").rows
    listed = set(keys_of(walk(api, "listProducts", params={"listed": "true"}).rows))
    rows = walk(api, "listProducts", params={"listed": "true", "bloggable": "true", "search": "a"}).rows
    expected = [
        r
        for r in everything
        if r["id"] in listed
        and r["bloggable"] is True
        and ("a" in r["name"].lower() or "a" in (r.get("description") or "").lower())
    ]
    assert_same_rows("listProducts?listed=true&bloggable=true&search=a", rows, expected)


@pytest.mark.rule("listCoupons/parameters/active")
def test_coupons_active(api):
    check_bool_filter(api, "listCoupons", "active", "active")


@pytest.mark.rule("listCustomers/parameters/newsSubscriber")
def test_customers_news_subscriber(api):
    check_bool_filter(api, "listCustomers", "newsSubscriber", "newsSubscriber")


@pytest.fixture(scope="module")
def spend(api):
    """Every customer (unfiltered walk) with their lifetime spend, read from GET .../spend."""
    customers = walk(api, "listCustomers").rows
    sums = {}
    for customer in customers:
        response = api.call("getCustomerSpend", path={"identifier": customer["uuid"]})
        assert response.status == 200, response.describe()
        sums[customer["uuid"]] = response.json()["sum"]
    return customers, sums


def _thresholds(sums: dict[str, int]) -> list[int]:
    values = sorted(set(sums.values()))
    picks = {-1, 0, -2147483648, 2147483647}
    if values:
        picks |= {values[0], values[len(values) // 2], values[-1], values[-1] - 1}
    return sorted(picks)


@pytest.mark.rule("listCustomers/parameters/spentMoreThan")
def test_customers_spent_more_than(api, spend):
    customers, sums = spend
    for threshold in _thresholds(sums):
        rows = walk(api, "listCustomers", params={"spentMoreThan": threshold}).rows
        assert_same_rows(
            f"listCustomers?spentMoreThan={threshold}", rows, [c for c in customers if sums[c["uuid"]] > threshold]
        )


@pytest.mark.rule("listCustomers/parameters")
def test_customer_filters_combine_with_and(api, spend):
    customers, sums = spend
    threshold = sorted(sums.values())[len(sums) // 2] if sums else 0
    rows = walk(api, "listCustomers", params={"newsSubscriber": "true", "spentMoreThan": threshold}).rows
    assert_same_rows(
        f"listCustomers?newsSubscriber=true&spentMoreThan={threshold}",
        rows,
        [c for c in customers if c["newsSubscriber"] is True and sums[c["uuid"]] > threshold],
    )


@pytest.mark.parametrize(("name", "field"), [("active", "active"), ("redeemed", "redeemed")])
@pytest.mark.rule("listCustomerGiftCards/parameters")
def test_gift_cards(api, catalog, name, field):
    path = paginated_lists.path_values("listCustomerGiftCards", catalog)
    if path is None:
        pytest.skip("the store has no customers")
    check_bool_filter(api, "listCustomerGiftCards", name, field, path=path)


@pytest.mark.parametrize(
    ("op_id", "name"),
    [
        ("listProducts", "listed"),
        ("listProducts", "bloggable"),
        ("listCoupons", "active"),
        ("listCustomers", "newsSubscriber"),
    ],
)
@pytest.mark.parametrize("value", ["yes", "1", "True", ""])
@pytest.mark.rule("{op}/parameters")
def test_bool_filters_take_only_true_or_false(api, op_id, name, value):
    response = api.call(op_id, params={name: value})
    assert response.status == 400, f"{op_id}?{name}={value!r} must be 400: {response.describe()}"


@pytest.mark.parametrize("value", ["1.5", "abc", "2147483648"])
@pytest.mark.rule("listCustomers/parameters/spentMoreThan")
def test_spent_more_than_must_be_an_int32(api, value):
    response = api.call("listCustomers", params={"spentMoreThan": value})
    assert response.status == 400, f"spentMoreThan={value} must be 400: {response.describe()}"
