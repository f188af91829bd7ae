"""Layer 6a: PUT is a full replace. Every field left out of the body returns to its documented default (not to
its previous value), both in the PUT answer and when read back."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from ..assertions import ok, problem
from ..bodies import unique
from ..pages import walk

pytestmark = [pytest.mark.rules, pytest.mark.writes]

DISCOUNT = {"value": 10, "type": 1, "startDate": "2020-01-01T00:00:00Z", "endDate": "2099-01-01T00:00:00Z"}
PRODUCT_DEFAULTS: dict[str, object] = {
    "price": 0,
    "activePrice": 0,
    "image": None,
    "bloggable": False,
    "active": True,
    "blockCredits": False,
    "item": None,
    "limited": False,
    "availableAmount": 0,
    "discount": None,
    "description": None,
    "demoId": None,
    "profitShares": [],
    "permissions": {"copy": True, "modify": False, "transfer": False},
}
COUPON_DEFAULTS = {"discount": 0, "ownerProfit": 0, "active": True, "bloggersSync": False}


def subset(actual: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The fields of `actual` that differ from `expected` (expected value, actual value)."""
    return {k: (v, actual.get(k)) for k, v in expected.items() if actual.get(k) != v}


def full_product(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "price": 400,
        "image": str(uuid.uuid4()),
        "listed": True,
        "bloggable": True,
        "permissions": {"copy": False, "modify": True, "transfer": True},
        "discount": DISCOUNT,
        "availableAmount": 9,
        "limited": True,
        "item": "conformance item",
        "blockCredits": True,
        "description": "conformance description",
        "profitShares": [{"userUuid": str(uuid.uuid4()), "percent": 10}],
        "demoId": str(uuid.uuid4()),
        "active": True,
    }


@pytest.mark.rule("updateProduct")
def test_product_put_resets_omitted_fields(api, factory):
    product = factory.product(**{k: v for k, v in full_product("x").items() if k != "name"})
    assert product["activePrice"] == 390, f"Flat 10 off 400 must give 390: {product}"
    path = {"id": product["id"]}
    name = unique("conformance replaced ")
    replaced = ok(api.call("updateProduct", path=path, json={"name": name}))
    assert replaced["name"] == name
    assert not subset(replaced, PRODUCT_DEFAULTS), f"PUT answer kept old values: {subset(replaced, PRODUCT_DEFAULTS)}"
    read = ok(api.call("getProduct", path=path))
    assert not subset(read, PRODUCT_DEFAULTS), f"read-back kept old values: {subset(read, PRODUCT_DEFAULTS)}"
    unlisted = {row["id"] for row in walk(api, "listProducts", params={"listed": "false"}).rows}
    assert product["id"] in unlisted, "listed must return to its default false"


@pytest.mark.rule("updateProduct")
def test_product_put_sets_every_field(api, factory):
    product = factory.product()
    body = full_product(unique("conformance full "))
    written = ok(api.call("updateProduct", path={"id": product["id"]}, json=body))
    read = ok(api.call("getProduct", path={"id": product["id"]}))
    expected = {k: v for k, v in body.items() if k not in ("listed", "profitShares")}
    expected["profitShares"] = [{"userUuid": s["userUuid"], "percent": s["percent"]} for s in body["profitShares"]]
    for seen in (written, read):
        assert not subset(seen, expected), f"PUT did not store the body: {subset(seen, expected)}"


@pytest.mark.rule("updateCustomer/x-rules/replace")
def test_customer_put_resets_omitted_fields(api, customer):
    path = {"identifier": customer}
    set_all = ok(api.call("updateCustomer", path=path, json={"discount": 30, "newsSubscriber": True}))
    assert (set_all["discount"], set_all["newsSubscriber"]) == (30, True), set_all
    for body, expected in (({"discount": 12}, (12, False)), ({"newsSubscriber": True}, (0, True)), ({}, (0, False))):
        written = ok(api.call("updateCustomer", path=path, json=body))
        read = ok(api.call("getCustomer", path=path))
        for seen in (written, read):
            assert (seen["discount"], seen["newsSubscriber"]) == expected, f"PUT {body} gave {seen}"


@pytest.mark.rule("updateCoupon")
def test_coupon_put_resets_omitted_fields_and_keeps_the_owner(api, factory):
    coupon = factory.coupon(discount=20, ownerProfit=5, active=False, bloggersSync=True)
    code = unique("CONF")
    written = ok(api.call("updateCoupon", path={"id": coupon["id"]}, json={"code": code}))
    read = ok(api.call("getCoupon", path={"id": coupon["id"]}))
    for seen in (written, read):
        assert seen["code"] == code
        assert not subset(seen, COUPON_DEFAULTS), f"PUT kept old values: {subset(seen, COUPON_DEFAULTS)}"
        assert seen["couponOwnerUuid"] == coupon["couponOwnerUuid"], "the owner must not change"
        assert seen["expiration"] == coupon["expiration"], "the expiration is not part of the body"


@pytest.mark.rule("updateCoupon")
def test_coupon_codes_are_unique_without_regard_to_case(api, factory):
    first, second = factory.coupon(), factory.coupon()
    problem(
        api.call("createCoupon", json={"code": first["code"].lower(), "ownerIdentifier": factory.owner}),
        409,
        "coupon_code_taken",
    )
    problem(
        api.call("updateCoupon", path={"id": second["id"]}, json={"code": first["code"].lower()}),
        409,
        "coupon_code_taken",
    )
    assert ok(api.call("getCoupon", path={"id": second["id"]}))["code"] == second["code"], "a refused PUT changed it"
    same = ok(api.call("updateCoupon", path={"id": first["id"]}, json={"code": first["code"].lower()}))
    assert same["code"] == first["code"].lower(), "a coupon may keep (or re-case) its own code"


@pytest.mark.rule("updateCategory")
def test_category_put_renames(api, factory):
    category = factory.category()
    name = unique("conformance renamed ")
    assert ok(api.call("updateCategory", path={"id": category["id"]}, json={"name": name}))["name"] == name
    assert ok(api.call("getCategory", path={"id": category["id"]}))["name"] == name
