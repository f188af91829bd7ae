"""Coupons: create/update (codes unique without case), owner list, apply/revoke rules."""

from __future__ import annotations

from typing import Any

import pytest

from allomancy_sandbox import timefmt
from allomancy_sandbox.seed_ids import STORE1, coupon_id, product_id, resident_id

from .helpers import Api, FakeClock, assert_problem

APPLY = "/v1/customers/resident.username/actions/apply-coupon"
REVOKE = "/v1/customers/resident.username/actions/revoke-coupon"
HAT = product_id(STORE1, "Crimson Hat")


def test_create_coupon_defaults_and_fixed_fields(fresh: Api, clock: FakeClock) -> None:
    before = int(clock())
    created = fresh.ok("POST", "/v1/coupons", json={"code": "SPRING10", "ownerIdentifier": "Blogger.Two"})
    assert {k: v for k, v in created.items() if k not in ("id", "expiration")} == {
        "code": "SPRING10",
        "active": True,
        "bloggersSync": False,
        "couponOwnerUuid": resident_id("blogger.two"),
        "couponOwnerUsername": "blogger.two",
        "discount": 0,
        "ownerProfit": 0,
        "usesPerCustomer": 1,
    }
    expiration = timefmt.parse(created["expiration"])
    assert expiration is not None and before + 365 * 86400 <= expiration <= int(clock()) + 365 * 86400
    assert fresh.ok("GET", f"/v1/coupons/{created['id']}") == created
    by_uuid = fresh.ok(
        "POST",
        "/v1/coupons",
        json={
            "code": "x",
            "ownerIdentifier": resident_id("wanderer.nomad"),
            "discount": 100,
            "ownerProfit": 100,
            "active": False,
            "bloggersSync": True,
        },
    )
    assert by_uuid["couponOwnerUsername"] == "wanderer.nomad" and by_uuid["active"] is False


def test_create_coupon_errors(fresh: Api) -> None:
    assert_problem(
        fresh.post("/v1/coupons", json={"code": "welcome10", "ownerIdentifier": "blogger.one"}),
        409,
        "coupon_code_taken",
    )
    assert_problem(
        fresh.post("/v1/coupons", json={"code": "NEW", "ownerIdentifier": "no.body"}), 400, "unresolved_identifier"
    )
    assert_problem(
        fresh.post("/v1/coupons", json={"code": "NEW", "ownerIdentifier": "not valid"}), 400, "invalid_identifier"
    )
    for bad in (
        {"code": "", "ownerIdentifier": "blogger.one"},
        {"code": "x" * 65, "ownerIdentifier": "blogger.one"},
        {"code": "A", "ownerIdentifier": "blogger.one", "discount": 101},
        {"ownerIdentifier": "blogger.one"},
        {"code": "A"},
        {"code": "A", "ownerIdentifier": "blogger.one", "usesPerCustomer": 2},
    ):
        assert_problem(fresh.post("/v1/coupons", json=bad), 400, "validation_failed")
    # codes are unique per store, not globally
    assert (
        fresh.post(
            "/v1/coupons", json={"code": "WELCOME10", "ownerIdentifier": "loom.weaver"}, key=fresh.store2_key
        ).status_code
        == 200
    )


def test_update_coupon_is_a_full_replace_and_keeps_the_owner(fresh: Api) -> None:
    path = f"/v1/coupons/{coupon_id(STORE1, 'VIP25')}"
    updated = fresh.ok("PUT", path, json={"code": "vip25"})  # its own code in another case is fine
    assert (
        updated["code"],
        updated["discount"],
        updated["ownerProfit"],
        updated["active"],
        updated["bloggersSync"],
    ) == ("vip25", 0, 0, True, False)
    assert updated["couponOwnerUsername"] == "blogger.one"
    assert_problem(fresh.put(path, json={"code": "BLOG5"}), 409, "coupon_code_taken")
    assert_problem(fresh.put(path, json={"code": "x", "ownerIdentifier": "blogger.two"}), 400, "validation_failed")
    assert_problem(
        fresh.put("/v1/coupons/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f", json={"code": "x"}), 404, "coupon_not_found"
    )


def apply(api: Api, body: dict[str, Any], path: str = APPLY) -> Any:
    return api.post(path, json=body)


def test_apply_by_code_owner_and_id(fresh: Api, clock: FakeClock) -> None:
    by_code = fresh.ok("POST", APPLY, json={"code": "vIp25", "scope": 0})
    assert by_code["couponId"] == coupon_id(STORE1, "VIP25") and by_code["scope"] == "store"
    assert by_code["productId"] is None and by_code["replaced"] is False and by_code["discount"] == 25
    assert by_code["customerUuid"] == resident_id("resident.username")
    assert by_code["customerUsername"] == "resident.username"
    expires = timefmt.parse(by_code["expiresAt"])
    assert expires is not None and abs(expires - (clock() + 24 * 3600)) < 5
    # the owner selector picks the owner's most recently created ACTIVE coupon (VIP25; OLDSALE is inactive)
    by_owner = fresh.ok(
        "POST", APPLY, json={"couponOwnerUuid": resident_id("blogger.one"), "scope": 0, "expiresInHours": 168}
    )
    assert by_owner["couponId"] == coupon_id(STORE1, "VIP25") and by_owner["replaced"] is True
    by_id = fresh.ok(
        "POST",
        APPLY,
        json={"couponId": coupon_id(STORE1, "BLOG5"), "scope": 1, "productId": HAT, "expiresInHours": None},
    )
    assert by_id["scope"] == "product" and by_id["productId"] == HAT and by_id["replaced"] is False
    again = fresh.ok(
        "POST", APPLY, json={"code": "WELCOME10", "scope": 1, "productId": HAT.upper(), "expiresInHours": 1}
    )
    assert again["replaced"] is True and again["productId"] == HAT


@pytest.mark.parametrize(
    "body",
    [
        {"scope": 0},
        {"code": "VIP25", "couponId": coupon_id(STORE1, "VIP25"), "scope": 0},
        {"code": None, "couponId": None, "couponOwnerUuid": None, "scope": 0},
        {"code": "VIP25"},
        {"code": "VIP25", "scope": 2},
        {"code": "VIP25", "scope": 1},
        {"code": "VIP25", "scope": 1, "productId": None},
        {"code": "VIP25", "scope": 0, "productId": HAT},
        {"code": "VIP25", "scope": 0, "expiresInHours": 0},
        {"code": "VIP25", "scope": 0, "expiresInHours": 169},
        {"code": "VIP25", "scope": 0, "expiresInHours": 1.5},
        {"code": "VIP25", "scope": "0"},
        {"code": "", "scope": 0},
        {"couponId": "nope", "scope": 0},
        {"code": "VIP25", "scope": 0, "extra": 1},
    ],
)
def test_apply_validation(api: Api, body: dict[str, Any]) -> None:
    assert_problem(apply(api, body), 400, "validation_failed")
    if "expiresInHours" not in body:
        assert_problem(apply(api, body, REVOKE), 400, "validation_failed")


def test_null_selectors_count_as_absent(fresh: Api) -> None:
    body = {"code": "VIP25", "couponId": None, "couponOwnerUuid": None, "scope": 0, "productId": None}
    assert fresh.ok("POST", APPLY, json=body)["couponId"] == coupon_id(STORE1, "VIP25")


def test_apply_lookups(fresh: Api) -> None:
    assert_problem(apply(fresh, {"code": "NOPE", "scope": 0}), 404, "coupon_not_found")
    assert_problem(apply(fresh, {"couponId": coupon_id("Azure Loom", "AZURE15"), "scope": 0}), 404, "coupon_not_found")
    assert_problem(
        apply(fresh, {"couponOwnerUuid": resident_id("wanderer.nomad"), "scope": 0}), 404, "coupon_not_found"
    )
    assert_problem(
        apply(fresh, {"code": "VIP25", "scope": 1, "productId": product_id("Azure Loom", "Azure Thread")}),
        404,
        "product_not_found",
    )
    assert_problem(apply(fresh, {"code": "OLDSALE", "scope": 0}), 400, "coupon_inactive")
    assert_problem(
        apply(fresh, {"code": "VIP25", "scope": 0}, "/v1/customers/no.body/actions/apply-coupon"),
        404,
        "customer_not_found",
    )
    assert_problem(
        apply(fresh, {"code": "VIP25", "scope": 0}, "/v1/customers/bad!/actions/apply-coupon"),
        400,
        "invalid_identifier",
    )


def test_revoke(fresh: Api, clock: FakeClock) -> None:
    fresh.ok("POST", APPLY, json={"code": "VIP25", "scope": 1, "productId": HAT, "expiresInHours": 2})
    assert fresh.ok("POST", REVOKE, json={"code": "VIP25", "scope": 0}) == {"revoked": False}  # other scope
    assert fresh.ok("POST", REVOKE, json={"code": "BLOG5", "scope": 1, "productId": HAT}) == {"revoked": False}
    assert fresh.ok("POST", REVOKE, json={"couponId": coupon_id(STORE1, "VIP25"), "scope": 1, "productId": HAT}) == {
        "revoked": True
    }
    assert fresh.ok("POST", REVOKE, json={"code": "VIP25", "scope": 1, "productId": HAT}) == {"revoked": False}
    assert fresh.ok("POST", REVOKE, json={"code": "NOPE", "scope": 0}) == {"revoked": False}  # nothing matched
    unknown_product = {"code": "VIP25", "scope": 1, "productId": "00000000-0000-4000-8000-000000000000"}
    assert fresh.ok("POST", REVOKE, json=unknown_product) == {"revoked": False}
    nobody = "/v1/customers/no.body/actions/revoke-coupon"
    assert_problem(fresh.post(nobody, json={"code": "NOPE", "scope": 0}), 404, "customer_not_found")
    # an application that has lapsed is gone: revoke says false, and re-applying is not a replacement
    fresh.ok("POST", APPLY, json={"code": "VIP25", "scope": 0, "expiresInHours": 1})
    clock.advance(3601)
    assert fresh.ok("POST", REVOKE, json={"code": "VIP25", "scope": 0}) == {"revoked": False}
    assert fresh.ok("POST", APPLY, json={"code": "VIP25", "scope": 0})["replaced"] is False


def test_applications_are_per_customer(fresh: Api) -> None:
    fresh.ok("POST", APPLY, json={"code": "VIP25", "scope": 0})
    other = "/v1/customers/aether.ash/actions/revoke-coupon"
    assert fresh.ok("POST", other, json={"code": "VIP25", "scope": 0}) == {"revoked": False}
    assert fresh.ok("POST", REVOKE, json={"code": "VIP25", "scope": 0}) == {"revoked": True}
