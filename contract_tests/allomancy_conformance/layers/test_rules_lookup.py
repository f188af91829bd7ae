"""Layer 6d: lookups. An unknown id or identifier is a 404 problem, never a 200; a malformed one is a 400;
identifiers in bodies that match nobody are 400 unresolved_identifier; and the other documented lookup rules
(inactive products stay readable, deliveries, customer tokens, category membership)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from .. import bodies, session, targets
from ..assertions import ok, problem
from ..bodies import NO_BODY
from ..catalog import Catalog
from ..spec import Operation

pytestmark = pytest.mark.rules

_index = session.spec_index()
WITH_PATH = [
    pytest.param(op, id=op.id, marks=[pytest.mark.writes] if op.is_write else [])
    for op in _index.operations
    if op.path_params
]
TOKEN_URL = "https://customer.allomancy.com/#ct="


def body_for(op: Operation, catalog: Catalog) -> object:
    return bodies.valid(op, catalog) if op.is_write else NO_BODY


@pytest.mark.parametrize("op", WITH_PATH)
@pytest.mark.rule("{op}/responses/404")
def test_unknown_id_is_a_404(api, catalog, op):
    response = api.call(op.id, path=targets.unknown(op), json=body_for(op, catalog))
    expected = "resident_not_found" if op.id == "listCouponsByOwner" else None
    problem(response, 404, expected)


@pytest.mark.parametrize("op", WITH_PATH)
@pytest.mark.rule("{op}/responses/400")
def test_malformed_path_parameter_is_a_400(api, catalog, op):
    response = api.call(op.id, path=targets.malformed(op), json=body_for(op, catalog))
    expected = "invalid_identifier" if "identifier" in op.path_params else "validation_failed"
    problem(response, 400, expected)


@pytest.mark.parametrize("form", ["upper", "uuid", "uuid-upper"])
@pytest.mark.rule("/components/parameters/CustomerIdentifier")
def test_identifiers_match_without_case(api, catalog, form):
    if not catalog.customers:
        pytest.skip("the store has no customers")
    customer = catalog.customers[0]
    value = {"upper": customer["username"].upper(), "uuid": customer["uuid"], "uuid-upper": customer["uuid"].upper()}[
        form
    ]
    assert ok(api.call("getCustomer", path={"identifier": value}))["uuid"] == customer["uuid"]


@pytest.mark.writes
@pytest.mark.rule("getProduct")
def test_inactive_products_are_readable_but_not_listed(api, factory):
    product = factory.product(active=False)
    assert ok(api.call("getProduct", path={"id": product["id"]}))["active"] is False
    listed = {row["id"] for row in ok(api.call("listProducts", params={"limit": 1000}))["data"]}
    assert product["id"] not in listed, "an inactive product appears in listProducts"


@pytest.mark.writes
@pytest.mark.parametrize("message", [NO_BODY, None, "hello"], ids=["omitted", "null", "text"])
@pytest.mark.rule("deliverProduct")
def test_delivery(api, factory, customer, message):
    product = factory.product(active=False)
    body = {"recipientIdentifier": customer}
    if message is not NO_BODY:
        body["message"] = message
    delivery = ok(api.call("deliverProduct", path={"id": product["id"]}, json=body))
    assert delivery["queued"] is True and delivery["productId"] == product["id"], delivery
    expected = message if isinstance(message, str) else ""
    assert delivery["message"] == expected, f"message {message!r} came back as {delivery['message']!r}"


@pytest.mark.writes
@pytest.mark.rule("deliverProduct")
def test_delivery_recipient_must_resolve(api, factory):
    product = factory.product()
    response = api.call("deliverProduct", path={"id": product["id"]}, json={"recipientIdentifier": str(uuid.uuid4())})
    problem(response, 400, "unresolved_identifier")


@pytest.mark.writes
@pytest.mark.rule("mintCustomerToken/x-rules/url")
def test_customer_token_url(api, customer):
    token = ok(api.call("mintCustomerToken", json={"customerIdentifier": customer}))
    assert token["url"].endswith("/#ct=" + token["token"]) and token["url"].startswith("https://"), token


@pytest.mark.writes
@pytest.mark.rule("mintCustomerToken/x-rules/lifetime")
def test_customer_token_lifetime_and_origin(api, customer):
    token = ok(api.call("mintCustomerToken", json={"customerIdentifier": customer}))
    assert token["url"] == TOKEN_URL + token["token"], token
    expires = datetime.fromisoformat(token["expiresAt"].replace("Z", "+00:00"))
    assert abs(expires - (datetime.now(UTC) + timedelta(hours=1))) < timedelta(minutes=10), token["expiresAt"]


@pytest.mark.writes
@pytest.mark.rule("mintCustomerToken/responses/400", "mintCustomerToken/responses/404")
def test_customer_token_rules(api, customer):
    problem(api.call("mintCustomerToken", json={"customerIdentifier": str(uuid.uuid4())}), 400, "unresolved_identifier")
    body = {"customerIdentifier": customer, "collectiveId": str(uuid.uuid4())}
    problem(api.call("mintCustomerToken", json=body), 404, "collective_not_found")


@pytest.mark.writes
@pytest.mark.rule("addProductToCategory")
def test_category_membership(api, factory):
    category, product, hidden = factory.category(), factory.product(), factory.product(active=False)
    ids = {"id": category["id"]}
    for _ in range(2):  # adding twice is idempotent
        assert ok(api.call("addProductToCategory", path={**ids, "productId": product["id"]}))["productCount"] == 1
    ok(api.call("addProductToCategory", path={**ids, "productId": hidden["id"]}))
    members = [row["id"] for row in ok(api.call("listCategoryProducts", path=ids))["data"]]
    assert members == [product["id"]], f"only active members are listed: {members}"
    stranger = factory.product()
    unchanged = ok(api.call("removeProductFromCategory", path={**ids, "productId": stranger["id"]}))
    assert unchanged["productCount"] == 2, "removing a non-member must change nothing"
    problem(api.call("addProductToCategory", path={**ids, "productId": str(uuid.uuid4())}), 404, "product_not_found")
    assert ok(api.call("deleteCategory", path=ids))["id"] == category["id"]
    problem(api.call("getCategory", path=ids), 404, "category_not_found")
    assert ok(api.call("getProduct", path={"id": product["id"]}))["id"] == product["id"], (
        "deleting a category must leave its products"
    )


@pytest.mark.writes
@pytest.mark.rule("banCustomer/x-rules/null-body")
def test_ban_body_rules(api, customer):
    path = {"identifier": customer}
    assert ok(api.call("banCustomer", path=path, headers={"Content-Type": "application/json"}))["isBanned"] is True
    assert ok(api.call("banCustomer", path=path, json={"reason": "conformance"}))["isBanned"] is True
    problem(api.call("banCustomer", path=path, json=None), 400)
    assert ok(api.call("unbanCustomer", path=path))["isBanned"] is False
