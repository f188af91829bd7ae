"""Layer 3b: store isolation. A second store's key never reads or changes the first store's objects: it gets 404
(never 403, never 200), and the first store's objects read back unchanged.

Reads use objects found at session start; writes target objects this suite created in the first store, and a
customer of the first store that the second store does not have.
"""

from __future__ import annotations

from typing import Any

import pytest

from .. import bodies, session
from ..assertions import ok
from ..pages import row_key, walk
from ..run_keys import Keyring

pytestmark = [pytest.mark.auth, pytest.mark.other_store]

_index = session.spec_index()
READS = [op for op in _index.operations if not op.is_write and op.path_params and op.id != "listCouponsByOwner"]
WRITES = [op for op in _index.operations if op.is_write and op.path_params]
CREATES = ["createProduct", "createCategory", "createCoupon"]


@pytest.fixture(scope="module")
def other(keys: Keyring) -> str:
    assert keys.other_store_key is not None
    return keys.other_store_key


@pytest.fixture(scope="module")
def own_customer(api, catalog, settings, other) -> str:
    """A customer of the first store unknown to the second (writes: the writable customer only)."""
    candidates = [settings.write_customer] if settings.write_customer else [c["uuid"] for c in catalog.customers]
    for identifier in candidates:
        if api.call("getCustomer", path={"identifier": identifier}, key=other, check=False).status == 404:
            return str(identifier)
    pytest.skip("every candidate customer is a customer of both stores")


@pytest.fixture(scope="module")
def store1(api, catalog, own_customer, settings, factory):
    """Path values naming first-store objects: the suite's own when it may write, else existing ones."""
    if settings.writes:
        product = factory.product()
        category = factory.category()
        ok(api.call("addProductToCategory", path={"id": category["id"], "productId": product["id"]}))
        coupon = factory.coupon()
        card = factory.gift_card(own_customer)
        values = {
            "products": product["id"],
            "categories": category["id"],
            "coupons": coupon["id"],
            "giftcards": card["id"],
        }
    else:
        values = {
            "products": _first(catalog.products),
            "categories": _first(catalog.categories),
            "coupons": _first(catalog.coupons),
            "giftcards": _first(catalog.gift_cards),
        }
    values["customers"] = own_customer
    return values


def _first(rows: list[dict[str, Any]]) -> str | None:
    return rows[0]["id"] if rows else None


def path_for(op, store1: dict[str, Any]) -> dict[str, str]:
    values = {}
    for name in op.path_params:
        collection = "products" if name == "productId" else op.path.split("/")[2]
        value = store1.get(collection)
        if value is None:
            pytest.skip(f"the first store has no {collection}")
        values[name] = value
    return values


def snapshot(api, store1: dict[str, Any]) -> dict[str, Any]:
    """Everything the second store's writes could have touched, read with the first store's key."""
    customer = {"identifier": store1["customers"]}
    reads = {
        "product": api.call("getProduct", path={"id": store1["products"]}),
        "category": api.call("getCategory", path={"id": store1["categories"]}),
        "members": api.call("listCategoryProducts", path={"id": store1["categories"]}),
        "coupon": api.call("getCoupon", path={"id": store1["coupons"]}),
        "customer": api.call("getCustomer", path=customer),
        "credit": api.call("getCustomerCredit", path=customer),
        "cards": api.call("listCustomerGiftCards", path=customer),
        "card": api.call("getGiftCard", path={"id": store1["giftcards"]}),
    }
    return {name: (response.status, response.json()) for name, response in reads.items()}


@pytest.mark.parametrize("op", READS, ids=lambda op: op.id)
@pytest.mark.rule("{op}/responses/404")
def test_other_store_cannot_read(api, store1, other, op):
    response = api.call(op.id, path=path_for(op, store1), key=other)
    assert response.status == 404, f"the other store's key must get 404: {response.describe()}"


@pytest.mark.parametrize("op_id", ["listProducts", "listCategories", "listCoupons"])
@pytest.mark.rule("{op}/responses/200")
def test_other_store_lists_hold_no_first_store_rows(api, catalog, other, op_id):
    first = {"listProducts": catalog.products, "listCategories": catalog.categories, "listCoupons": catalog.coupons}[
        op_id
    ]
    seen = set(walk(api, op_id, key=other).keys)
    leaked = seen & {row_key(row) for row in first}
    assert not leaked, f"{op_id} with the other store's key shows first-store rows: {sorted(leaked)[:5]}"


@pytest.mark.rule("listCouponsByOwner/responses/200")
def test_other_store_owner_list_holds_no_first_store_coupons(api, catalog, other):
    if not catalog.coupons:
        pytest.skip("the first store has no coupons")
    owner = catalog.coupons[0]["couponOwnerUuid"]
    response = api.call("listCouponsByOwner", path={"identifier": owner}, key=other)
    assert response.status in (200, 404), response.describe()
    if response.status == 200:
        leaked = {row["id"] for row in response.json()["data"]} & {c["id"] for c in catalog.coupons}
        assert not leaked, f"the other store sees first-store coupons of {owner}: {sorted(leaked)}"


@pytest.mark.writes
@pytest.mark.parametrize("op", WRITES, ids=lambda op: op.id)
@pytest.mark.rule("{op}/responses/404")
def test_other_store_cannot_change(api, catalog, store1, other, op):
    before = snapshot(api, store1)
    body = bodies.valid(op, catalog)
    if op.id in ("applyCoupon", "revokeCoupon"):
        body = {"couponId": store1["coupons"], "scope": 0}
    response = api.call(op.id, path=path_for(op, store1), json=body, key=other)
    assert response.status == 404, f"the other store's key must get 404: {response.describe()}"
    assert snapshot(api, store1) == before, f"{op.id} with the other store's key changed first-store objects"


@pytest.mark.writes
@pytest.mark.parametrize("op_id", CREATES)
@pytest.mark.rule("/components/responses/NotFound")
def test_objects_created_by_the_other_store_stay_there(api, factory, other, op_id):
    make, reader = {
        "createProduct": (factory.product, "getProduct"),
        "createCategory": (factory.category, "getCategory"),
        "createCoupon": (factory.coupon, "getCoupon"),
    }[op_id]
    created = make(key=other)
    response = api.call(reader, path={"id": created["id"]})
    assert response.status == 404, f"an object of the other store is visible to the first: {response.describe()}"


@pytest.mark.writes
@pytest.mark.rule("mintCustomerToken/responses/400")
def test_other_store_cannot_mint_for_a_first_store_customer(api, store1, other):
    response = api.call("mintCustomerToken", json={"customerIdentifier": store1["customers"]}, key=other)
    assert response.status == 400 and response.code == "unresolved_identifier", response.describe()
