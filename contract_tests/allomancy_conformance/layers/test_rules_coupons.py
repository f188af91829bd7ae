"""Layer 6c: applying and revoking coupons. Exactly one of code / couponOwnerUuid / couponId names the coupon;
scope 1 needs a productId and scope 0 refuses one; re-applying on the same (customer, scope, product) replaces;
an inactive coupon is a 409; revoking is idempotent."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from ..assertions import ok, problem

pytestmark = [pytest.mark.rules, pytest.mark.writes]
CLOCK_SKEW = timedelta(minutes=10)


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def assert_about(text: str, expected: datetime, what: str) -> None:
    assert abs(parse(text) - expected) < CLOCK_SKEW, f"{what}: {text}, expected about {expected.isoformat()}"


@pytest.fixture
def coupon(factory):
    return factory.coupon(discount=15)


def apply(api, customer: str, body: dict[str, Any]):
    return api.call("applyCoupon", path={"identifier": customer}, json=body)


def revoke(api, customer: str, body: dict[str, Any]):
    return api.call("revokeCoupon", path={"identifier": customer}, json=body)


@pytest.mark.parametrize(
    "selectors", [("code", "couponId"), ("code", "couponOwnerUuid"), ("couponId", "couponOwnerUuid"), ()]
)
@pytest.mark.rule("/components/schemas/ApplyCouponRequest")
def test_exactly_one_selector(api, customer, coupon, selectors):
    values = {"code": coupon["code"], "couponId": coupon["id"], "couponOwnerUuid": coupon["couponOwnerUuid"]}
    body = {"scope": 0, **{name: values[name] for name in selectors}}
    problem(apply(api, customer, body), 400)
    problem(revoke(api, customer, body), 400)


@pytest.mark.rule("/components/schemas/ApplyCouponRequest")
def test_scope_rules(api, customer, coupon, factory):
    product = factory.product()
    problem(apply(api, customer, {"couponId": coupon["id"], "scope": 1}), 400)
    problem(apply(api, customer, {"couponId": coupon["id"], "scope": 0, "productId": product["id"]}), 400)
    problem(apply(api, customer, {"couponId": coupon["id"], "scope": 2}), 400)
    applied = ok(apply(api, customer, {"couponId": coupon["id"], "scope": 1, "productId": product["id"]}))
    assert (applied["scope"], applied["productId"]) == ("product", product["id"]), applied
    store_wide = ok(apply(api, customer, {"couponId": coupon["id"], "scope": 0, "productId": None}))
    assert (store_wide["scope"], store_wide["productId"]) == ("store", None), store_wide
    unknown_product = str(uuid.uuid4())
    problem(
        apply(api, customer, {"couponId": coupon["id"], "scope": 1, "productId": unknown_product}),
        404,
        "product_not_found",
    )


@pytest.mark.rule("createCoupon")  # codes compared without case: a choice of the (inferred) coupon paths
def test_apply_by_code_ignores_case(api, customer, coupon):
    first = ok(apply(api, customer, {"code": coupon["code"].lower(), "scope": 0}))
    assert first["couponId"] == coupon["id"] and first["discount"] == 15, first


@pytest.mark.rule("applyCoupon/x-rules/upsert")
def test_apply_again_replaces(api, customer, coupon):
    first = ok(apply(api, customer, {"couponId": coupon["id"], "scope": 0}))
    assert_about(first["expiresAt"], datetime.now(UTC) + timedelta(hours=24), "default expiry (24 h)")
    again = ok(apply(api, customer, {"couponId": coupon["id"], "scope": 0, "expiresInHours": 2}))
    assert again["replaced"] is True, f"re-applying on the same key must replace: {again}"
    assert_about(again["expiresAt"], datetime.now(UTC) + timedelta(hours=2), "expiresInHours 2")


@pytest.mark.rule("applyCoupon/x-rules/owner-pick")
def test_apply_by_owner_takes_the_newest_active_coupon(api, customer, factory):
    older, newer = factory.coupon(), factory.coupon()
    owner = newer["couponOwnerUuid"]
    assert ok(apply(api, customer, {"couponOwnerUuid": owner, "scope": 0}))["couponId"] == newer["id"]
    ok(api.call("updateCoupon", path={"id": newer["id"]}, json={"code": newer["code"], "active": False}))
    assert ok(apply(api, customer, {"couponOwnerUuid": owner, "scope": 0}))["couponId"] == older["id"]


@pytest.mark.rule("applyCoupon/x-rules/inactive-coupon")
def test_inactive_coupon_cannot_be_applied(api, customer, factory):
    inactive = factory.coupon(active=False)
    problem(apply(api, customer, {"couponId": inactive["id"], "scope": 0}), 400, "coupon_inactive")


@pytest.mark.rule("applyCoupon/x-rules/unknown-coupon")
def test_unknown_coupon_is_a_404(api, customer):
    problem(apply(api, customer, {"code": "NO-SUCH-CONFORMANCE-CODE-0", "scope": 0}), 404, "coupon_not_found")
    problem(
        apply(api, customer, {"couponId": "00000000-0000-4000-8000-000000000000", "scope": 0}), 404, "coupon_not_found"
    )


@pytest.mark.rule("revokeCoupon/x-rules/nothing-matched")
def test_revoke_is_idempotent(api, customer, coupon):
    body = {"couponId": coupon["id"], "scope": 0}
    ok(apply(api, customer, body))
    assert ok(revoke(api, customer, body))["revoked"] is True
    assert ok(revoke(api, customer, body))["revoked"] is False, "a second revoke must report revoked: false"
    assert ok(revoke(api, customer, {"code": coupon["code"], "scope": 0}))["revoked"] is False
    unknown = {"couponId": "00000000-0000-4000-8000-000000000000", "scope": 0}
    assert ok(revoke(api, customer, unknown))["revoked"] is False, "nothing matched: 200 with revoked false"


@pytest.mark.rule("revokeCoupon/x-rules/same-coupon")
def test_revoke_only_removes_that_coupons_application(api, customer, factory):
    applied, other = factory.coupon(), factory.coupon()
    ok(apply(api, customer, {"couponId": applied["id"], "scope": 0}))
    assert ok(revoke(api, customer, {"couponId": other["id"], "scope": 0}))["revoked"] is False
    assert ok(revoke(api, customer, {"couponId": applied["id"], "scope": 0}))["revoked"] is True


@pytest.mark.rule("createCoupon")
def test_created_coupon_defaults(api, factory):
    coupon = factory.coupon()
    assert coupon["usesPerCustomer"] == 1, coupon
    assert (coupon["discount"], coupon["ownerProfit"], coupon["active"], coupon["bloggersSync"]) == (0, 0, True, False)
    assert_about(coupon["expiration"], datetime.now(UTC) + timedelta(days=365), "expiration (created + 365 days)")


@pytest.mark.rule("createCoupon/responses/400")
def test_coupon_owner_must_resolve(api):
    response = api.call(
        "createCoupon", json={"code": "CONF-UNRESOLVED", "ownerIdentifier": "00000000-0000-4000-8000-00000000c0de"}
    )
    problem(response, 400, "unresolved_identifier")
