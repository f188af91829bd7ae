"""The spec has the 13 operations of the customer-token surface (ENDPOINTS.md section B), each fully described:
its own security scheme with no scope, its own tag, the list parameters, the documented statuses and shapes."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from allomancy_spec import resolve
from tests.spec.spec_loader import operations

TAG = "Customer page"
# (row, operationId, method, path, success status, response schema or None)
SECTION_B: list[tuple[str, str, str, str, str, str | None]] = [
    ("B1", "getCustomerProfile", "GET", "/v1/customer/profile", "200", "CustomerProfile"),
    ("B2", "getCustomerContext", "GET", "/v1/customer/context", "200", "CustomerContext"),
    ("B3", "getCustomerAccount", "GET", "/v1/customer/account", "200", "CustomerAccounts"),
    (
        "B4",
        "listCustomerRedeliveryProducts",
        "GET",
        "/v1/customer/redelivery/products",
        "200",
        "RedeliveryProductPage",
    ),
    ("B5", "requestCustomerRedelivery", "POST", "/v1/customer/redelivery", "200", "Accepted"),
    ("B6", "listCustomerTransactions", "GET", "/v1/customer/transactions", "200", "TransactionPage"),
    ("B7", "listCustomerOwnGiftCards", "GET", "/v1/customer/giftcards", "200", "CustomerGiftCardPage"),
    ("B8", "redeemCustomerGiftCard", "POST", "/v1/customer/giftcards/{id}/redeem", "200", "Accepted"),
    ("B9", "transferCustomerGiftCard", "POST", "/v1/customer/giftcards/{id}/transfer", "200", "Accepted"),
    ("B10", "listCustomerNews", "GET", "/v1/customer/news", "200", "NewsPostPage"),
    ("B11", "getCustomerNewsUnread", "GET", "/v1/customer/news/unread", "200", "UnreadNews"),
    ("B12", "markCustomerNewsSeen", "POST", "/v1/customer/news/seen", "204", None),
    ("B13", "requestCustomerNewsItem", "POST", "/v1/customer/news/{id}/request-item", "200", "Accepted"),
]
LISTS = {"listCustomerRedeliveryProducts", "listCustomerTransactions", "listCustomerOwnGiftCards", "listCustomerNews"}
IDS = [row[1] for row in SECTION_B]


def by_id(spec: dict[str, Any]) -> dict[Any, tuple[str, str, dict[str, Any]]]:
    return {op.get("operationId"): (method, path, op) for path, method, op in operations(spec)}


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def test_whole_api_is_52_operations_13_of_them_on_the_token(spec: dict[str, Any]) -> None:
    everything = list(operations(spec))
    assert len(everything) == 52
    token_ops = {op["operationId"] for _, _, op in everything if op["security"] == [{"customerToken": []}]}
    assert token_ops == set(IDS)


def test_token_scheme_is_an_api_key_in_the_x_customer_token_header(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["customerToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-Customer-Token")
    assert TAG in [tag["name"] for tag in spec["tags"]]


@pytest.mark.parametrize("row", SECTION_B, ids=IDS)
def test_operation_is_fully_described(spec: dict[str, Any], row: tuple) -> None:
    _, op_id, method, path, success, body = row
    found = by_id(spec).get(op_id)
    assert found, f"{op_id} is missing"
    actual_method, actual_path, op = found
    assert (actual_method.upper(), actual_path) == (method, path)
    assert op["tags"] == [TAG]
    assert op["security"] == [{"customerToken": []}], "the customer surface takes the token, never the key"
    for field in ("summary", "description"):
        assert isinstance(op.get(field), str) and op[field].strip()
    responses = {str(status) for status in op["responses"]}
    needed = {success, "400", "401", "429"} | ({"404"} if "{" in path else set())
    assert needed <= responses, f"{op_id}: responses lack {sorted(needed - responses)}"
    assert "403" not in responses, "a token has no scopes: 403 cannot happen"
    assert sorted(s for s in responses if s.startswith("2")) == [success]
    content = op["responses"][success].get("content")
    if body is None:
        assert content is None, "204 has no body"
    else:
        assert content["application/json"]["schema"] == {"$ref": f"#/components/schemas/{body}"}
    params = {resolve(spec, p)["name"] for p in op.get("parameters", [])}
    if op_id in LISTS:
        assert params == {"limit", "cursor", "storeId"}
    else:
        assert params <= {"id"}


def test_actions_answer_bare_true(spec: dict[str, Any]) -> None:
    """`true` and nothing else, written as "a boolean that is not false" (a boolean const breaks openapi-generator)."""
    accepted = schema(spec, "Accepted")
    validator = jsonschema.Draft202012Validator(accepted)
    assert validator.is_valid(True)
    assert not any(validator.is_valid(value) for value in (False, None, 1, "true", {}))


def test_transaction_payer_only_fields_are_nullable_and_type_is_an_open_integer(spec: dict[str, Any]) -> None:
    transaction = schema(spec, "Transaction")
    for name in ("usedCredit", "usedDiscount", "remainingCredit"):
        assert name in transaction["required"]
        assert "null" in resolve(spec, transaction["properties"][name])["type"]
    kind = schema(spec, "TransactionType")
    # 0..9 today; the docs tell clients to treat a new integer as a generic transaction, so no closed enum.
    assert kind["type"] == "integer" and "enum" not in kind and kind["x-known-values"] == list(range(10))
    assert "x-enum-varnames" not in kind, "the values have no public names"


def test_gift_card_adds_store_and_nullable_expiry_to_the_key_fields(spec: dict[str, Any]) -> None:
    mine, key = schema(spec, "CustomerGiftCard"), schema(spec, "GiftCardResponse")
    assert set(mine["required"]) == set(key["required"]) | {"storeId", "expiresAt"}
    assert "null" in resolve(spec, mine["properties"]["expiresAt"])["type"]


def test_account_lots_are_optional_and_news_seen_takes_a_nullable_store(spec: dict[str, Any]) -> None:
    account = schema(spec, "CustomerAccount")
    assert "creditLots" in account["properties"] and "creditLots" not in account["required"]
    seen = schema(spec, "MarkNewsSeenRequest")
    assert "null" in resolve(spec, seen["properties"]["storeId"])["type"]


def test_the_two_news_codes_are_known_problem_codes(spec: dict[str, Any]) -> None:
    codes = {entry["code"]: entry["status"] for entry in schema(spec, "Problem")["x-problem-codes"]}
    assert codes["news_item_not_available"] == 400
    assert codes["news_subscription_required"] == 400
    assert codes["customer_token_invalid"] == 401
