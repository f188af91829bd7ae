"""Documented facts the schemas state, so that a checker fails a server (or a client body) that breaks them.

Responses go through Schemathesis' own response check (`validate_response`, the check the conformance suite
runs), bodies through JSON Schema 2020-12 with formats asserted.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.core.failures import Failure, FailureGroup

from tests.spec.schema_validation import validator_for
from tests.spec.spec_loader import SPEC_PATH

CARD = {
    "id": "f1a2b3c4-5d6e-4f70-8a9b-0c1d2e3f4a5b",
    "ownerUuid": "c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e0f",
    "ownerUsername": "resident.username",
    "credit": 500,
    "active": True,
    "redeemed": False,
    "transfer": False,
    "texture": None,
    "purchased": False,
}
BAN = {"uuid": "c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e0f", "username": "resident.username", "isBanned": True}
APPLIED = {
    "couponId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
    "code": "SPRING10",
    "discount": 10,
    "scope": "store",
    "productId": None,
    "customerUuid": "c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e0f",
    "customerUsername": "resident.username",
    "expiresAt": "2026-04-29T15:42:00Z",
    "replaced": False,
}
PRODUCT_ID = "3f0c2a4e-7b1d-4c8e-9a6f-1d2e3c4b5a69"
C = "/v1/customers/{identifier}/actions"


@pytest.fixture(scope="module")
def schema() -> Any:
    return schemathesis.openapi.from_path(str(SPEC_PATH))


def conforms(schema: Any, method: str, path: str, body: Any) -> bool:
    response = httpx.Response(
        200,
        json=body,
        headers={"Content-Type": "application/json"},
        request=httpx.Request(method, f"http://127.0.0.1{path}"),
    )
    response.elapsed = timedelta(0)  # a real response has it once read; schemathesis reads it
    try:
        schema[path][method].validate_response(response)
    except (Failure, FailureGroup):
        return False
    return True


def product(spec: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**spec["components"]["examples"]["Product"]["value"], **changes}


@pytest.mark.parametrize(
    ("method", "path", "good", "bad"),
    [
        ("POST", "/v1/giftcards/{id}/actions/disable", {**CARD, "active": False}, CARD),
        ("POST", f"{C}/ban", BAN, {**BAN, "isBanned": False}),
        ("POST", f"{C}/unban", {**BAN, "isBanned": False}, BAN),
        ("POST", f"{C}/grant-gift-card", CARD, {**CARD, "purchased": True}),
        ("POST", f"{C}/grant-gift-card", CARD, {**CARD, "redeemed": True}),
        ("POST", f"{C}/apply-coupon", APPLIED, {**APPLIED, "productId": PRODUCT_ID}),
        (
            "POST",
            f"{C}/apply-coupon",
            {**APPLIED, "scope": "product", "productId": PRODUCT_ID},
            {**APPLIED, "scope": "product"},
        ),
        ("POST", f"{C}/apply-coupon", APPLIED, {**APPLIED, "expiresAt": "2026-04-29T17:42:00+02:00"}),
    ],
    ids=[
        "disable-active-false",
        "ban-isBanned-true",
        "unban-isBanned-false",
        "grant-purchased-false",
        "grant-not-redeemed",
        "store-scope-no-product",
        "product-scope-has-product",
        "utc-with-z",
    ],
)
def test_response_check_fails_a_server_that_breaks_a_documented_fact(
    schema: Any, method: str, path: str, good: dict, bad: dict
) -> None:
    assert conforms(schema, method, path, good)
    assert not conforms(schema, method, path, bad)


def test_other_operations_keep_the_plain_schema(schema: Any) -> None:
    """The facts are per operation: reading a card may show it active, a customer banned or not."""
    assert conforms(schema, "GET", "/v1/giftcards/{id}", CARD)
    assert conforms(schema, "GET", "/v1/giftcards/{id}", {**CARD, "active": False, "purchased": True})


@pytest.mark.parametrize(
    ("value", "ok"),
    [(None, True), (0, True), (2**53 - 1, True), (2**53, False), (2**63 - 1, False), (-1, False)],
)
def test_mp_listing_stays_within_javascript_safe_integers(
    schema: Any, spec: dict[str, Any], value: Any, ok: bool
) -> None:
    assert conforms(schema, "GET", "/v1/products/{id}", product(spec, mpListing=value)) is ok


def test_product_discount_dates_are_utc_with_z_in_responses(schema: Any, spec: dict[str, Any]) -> None:
    discount = product(spec)["discount"]
    assert conforms(schema, "GET", "/v1/products/{id}", product(spec))
    shifted = {**discount, "startDate": "2026-04-01T02:00:00+02:00"}
    assert not conforms(schema, "GET", "/v1/products/{id}", product(spec, discount=shifted))


def test_requests_stay_lenient_on_offsets(spec: dict[str, Any]) -> None:
    validator = validator_for(spec, "/components/schemas/ProductUpsertRequest")
    body = spec["components"]["examples"]["ProductUpsert"]["value"]
    shifted = {**body, "discount": {**body["discount"], "startDate": "2026-04-01T02:00:00+02:00"}}
    assert validator.is_valid(shifted)


@pytest.mark.parametrize("which", ["ApplyCouponRequest", "RevokeCouponRequest"])
@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ({"code": "SPRING10", "scope": 0}, True),
        ({"couponId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "scope": 0}, True),
        ({"couponOwnerUuid": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "scope": 0}, True),
        ({"code": "SPRING10", "couponId": None, "couponOwnerUuid": None, "scope": 0, "productId": None}, True),
        ({"code": "SPRING10", "scope": 1, "productId": PRODUCT_ID}, True),
        ({"scope": 0}, False),  # no selector
        ({"code": "SPRING10", "couponId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "scope": 0}, False),  # two
        ({"code": "SPRING10", "couponId": "not-a-uuid", "scope": 0}, False),  # two, one malformed
        ({"code": None, "couponOwnerUuid": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "code2": 1, "scope": 0}, False),
        ({"code": "SPRING10", "scope": 1}, False),  # product scope without a product
        ({"code": "SPRING10", "scope": 0, "productId": PRODUCT_ID}, False),  # store-wide with a product
        ({"code": "", "scope": 0}, False),
    ],
)
def test_coupon_bodies_name_exactly_one_coupon_and_match_scope(
    spec: dict[str, Any], which: str, body: dict, ok: bool
) -> None:
    assert validator_for(spec, f"/components/schemas/{which}").is_valid(body) is ok
