"""(c) The spec has exactly the 39 operations of ENDPOINTS.md section A, each fully described.

The table is transcribed from the API reference's endpoint list, section A (rows 1-39), with the
choices marked x-inferred in the spec where the docs leave one open (row 13's scope, row 14's method,
every operationId, and the success status).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec.spec_loader import operations

C = "/v1/customers/{identifier}"

# (row, operationId, method, path, scope, success status)
INVENTORY: list[tuple[int, str, str, str, str, str]] = [
    (1, "getStore", "GET", "/v1/store", "store:read", "200"),
    (2, "listLoyaltyTiers", "GET", "/v1/loyalty/tiers", "store:read", "200"),
    (3, "listProducts", "GET", "/v1/products", "products:read", "200"),
    (4, "getProduct", "GET", "/v1/products/{id}", "products:read", "200"),
    (5, "createProduct", "POST", "/v1/products", "products:write", "200"),
    (6, "updateProduct", "PUT", "/v1/products/{id}", "products:write", "200"),
    (7, "deliverProduct", "POST", "/v1/products/{id}/actions/deliver", "products:deliver", "200"),
    (8, "listCategories", "GET", "/v1/categories", "categories:read", "200"),
    (9, "getCategory", "GET", "/v1/categories/{id}", "categories:read", "200"),
    (10, "createCategory", "POST", "/v1/categories", "categories:write", "200"),
    (11, "updateCategory", "PUT", "/v1/categories/{id}", "categories:write", "200"),
    (12, "deleteCategory", "DELETE", "/v1/categories/{id}", "categories:write", "200"),
    (13, "listCategoryProducts", "GET", "/v1/categories/{id}/products", "categories:read", "200"),
    (14, "addProductToCategory", "PUT", "/v1/categories/{id}/products/{productId}", "categories:write", "200"),
    (15, "removeProductFromCategory", "DELETE", "/v1/categories/{id}/products/{productId}", "categories:write", "200"),
    (16, "listCouponsByOwner", "GET", "/v1/coupons/owner/{identifier}", "coupons:read", "200"),
    (17, "listCoupons", "GET", "/v1/coupons", "coupons:read", "200"),
    (18, "getCoupon", "GET", "/v1/coupons/{id}", "coupons:read", "200"),
    (19, "createCoupon", "POST", "/v1/coupons", "coupons:write", "200"),
    (20, "updateCoupon", "PUT", "/v1/coupons/{id}", "coupons:write", "200"),
    (21, "applyCoupon", "POST", f"{C}/actions/apply-coupon", "coupons:apply", "200"),
    (22, "revokeCoupon", "POST", f"{C}/actions/revoke-coupon", "coupons:apply", "200"),
    (23, "listCustomers", "GET", "/v1/customers", "customers:read", "200"),
    (24, "getCustomer", "GET", C, "customers:read", "200"),
    (25, "getCustomerCredit", "GET", f"{C}/credit", "credits:read", "200"),
    (26, "getCustomerSpend", "GET", f"{C}/spend", "customers:read", "200"),
    (27, "updateCustomer", "PUT", C, "customers:write", "200"),
    (28, "setCustomerCredit", "POST", f"{C}/actions/set-credit", "credits:write", "200"),
    (29, "setCustomerRestrictedCredit", "POST", f"{C}/actions/set-restricted-credit", "credits:write", "200"),
    (30, "incrementCustomerCredit", "POST", f"{C}/actions/increment-credit", "credits:write", "200"),
    (
        31,
        "incrementCustomerRestrictedCredit",
        "POST",
        f"{C}/actions/increment-restricted-credit",
        "credits:write",
        "200",
    ),
    (32, "grantGiftCard", "POST", f"{C}/actions/grant-gift-card", "giftcards:write", "200"),
    (33, "banCustomer", "POST", f"{C}/actions/ban", "customers:write", "200"),
    (34, "unbanCustomer", "POST", f"{C}/actions/unban", "customers:write", "200"),
    (35, "listCustomerGiftCards", "GET", f"{C}/giftcards", "giftcards:read", "200"),
    (36, "getGiftCard", "GET", "/v1/giftcards/{id}", "giftcards:read", "200"),
    (37, "updateGiftCard", "PUT", "/v1/giftcards/{id}", "giftcards:write", "200"),
    (38, "disableGiftCard", "POST", "/v1/giftcards/{id}/actions/disable", "giftcards:write", "200"),
    (39, "mintCustomerToken", "POST", "/v1/customer-tokens", "customertokens:mint", "200"),
]

ALWAYS = ("400", "401", "403", "429")
# Statuses the spec adds (x-inferred) to particular operations (beyond 404 for every path parameter).
EXTRA = {
    "getStore": {"404"},  # store_not_found
    "createCoupon": {"409"},  # coupon_code_taken
    "updateCoupon": {"409"},  # coupon_code_taken
    "mintCustomerToken": {"404"},  # collective_not_found
}
OP_IDS = [row[1] for row in INVENTORY]


def scope_of(op: dict[str, Any]) -> str | None:
    """The single scope of the operation's single requirement, or None if it has not exactly one."""
    security = op.get("security")
    if isinstance(security, list) and len(security) == 1 and len(security[0] or {}) == 1:
        scopes = next(iter(security[0].values()))
        if isinstance(scopes, list) and len(scopes) == 1:
            return scopes[0]
    return None


def by_operation_id(spec: dict[str, Any]) -> dict[Any, tuple[str, str, dict[str, Any]]]:
    return {op.get("operationId"): (method, path, op) for path, method, op in operations(spec)}


def test_table_is_the_39_rows_of_section_a() -> None:
    assert [row[0] for row in INVENTORY] == list(range(1, 40))
    assert len(set(OP_IDS)) == 39
    assert len({(row[2], row[3]) for row in INVENTORY}) == 39


def key_surface(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """The operations secured by the API key (the customer surface is inventoried in test_inventory_customer)."""
    return [(p, m, op) for p, m, op in operations(spec) if "customerToken" not in (op.get("security") or [{}])[0]]


def test_operations_equal_the_inventory(spec: dict[str, Any]) -> None:
    actual = {(op.get("operationId"), method, path, scope_of(op)) for path, method, op in key_surface(spec)}
    expected = {(op_id, method, path, scope) for _, op_id, method, path, scope, _ in INVENTORY}
    assert sorted(actual - expected, key=str) == [], "in the spec but not in the inventory (or differing)"
    assert sorted(expected - actual, key=str) == [], "in the inventory but not in the spec (or differing)"
    assert len(key_surface(spec)) == 39


@pytest.mark.parametrize("row", INVENTORY, ids=OP_IDS)
def test_operation_is_fully_described(spec: dict[str, Any], row: tuple) -> None:
    _, op_id, method, path, scope, success = row
    found = by_operation_id(spec).get(op_id)
    assert found, f"{op_id} is missing"
    _, _, op = found
    tags = op.get("tags")
    assert isinstance(tags, list) and len(tags) == 1, f"{op_id}: tags must hold exactly one tag, got {tags!r}"
    for field in ("summary", "description"):
        assert isinstance(op.get(field), str) and op[field].strip(), f"{op_id}: {field} missing or empty"
    assert scope_of(op) == scope, f"{op_id}: security must be exactly [{{apiKey: [{scope}]}}], got {op.get('security')}"
    responses = {str(status) for status in op.get("responses") or {}}
    needed = {success, *ALWAYS} | ({"404"} if "{" in path else set()) | EXTRA.get(op_id, set())
    assert needed <= responses, f"{op_id}: responses lack {sorted(needed - responses)}"
    successes = sorted(status for status in responses if status.startswith("2"))
    assert successes == [success], f"{op_id}: success responses {successes}, expected [{success}]"
