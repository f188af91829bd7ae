"""Layer 2: state. The Schemathesis state machine follows the spec's links (create -> read/update/delete...), and
explicit sequences check that what was written reads back: products, categories and their members, coupons,
gift cards (grant -> list -> PUT with omitted fields -> defaults -> disable -> read inactive), bans, credit."""

from __future__ import annotations

import hypothesis
import hypothesis.errors
import pytest

from ..assertions import ok, problem
from ..bodies import unique
from ..pages import walk
from ..spec import BALANCE_OPERATIONS
from ..tally import TALLY

pytestmark = [pytest.mark.stateful, pytest.mark.writes]


BATCH = 4  # scenarios per Hypothesis run: a fresh run starts from a fresh data tree


@pytest.mark.rule("/paths")
def test_links_state_machine(suite_session):
    """Scenarios along the spec's links, in small batches. The server keeps its state between scenarios, which
    Hypothesis can notice as FlakyStrategyDefinition (docs/toolchain.md, T-ST-8); that stops a batch early without any
    contract finding, so it is noted, not failed. Check failures still fail the test."""
    if not suite_session.settings.sandbox:
        pytest.skip("the state machine sends generated writes: the sandbox only")
    base = suite_session.schema.as_state_machine()

    class Links(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case):
            return {"session": suite_session.http_session}

    remaining, stopped = suite_session.settings.stateful_examples, 0
    while remaining > 0:
        try:
            Links.run(
                settings=hypothesis.settings(
                    max_examples=min(BATCH, remaining),
                    stateful_step_count=8,
                    deadline=None,
                    database=None,
                    phases=[hypothesis.Phase.generate],
                    suppress_health_check=list(hypothesis.HealthCheck),
                )
            )
        except hypothesis.errors.FlakyStrategyDefinition:
            stopped += 1
        remaining -= BATCH
    if stopped:
        TALLY.note(
            f"state machine: {stopped} batch(es) stopped early by Hypothesis FlakyStrategyDefinition "
            "(server state carried between scenarios; not a contract failure)"
        )


@pytest.mark.rule("getProduct/responses/200")
def test_product_lifecycle(api, factory):
    product = factory.product(price=120)
    path = {"id": product["id"]}
    assert ok(api.call("getProduct", path=path)) == product, "a created product reads back differently"
    updated = ok(api.call("updateProduct", path=path, json={"name": product["name"], "price": 80, "bloggable": True}))
    assert ok(api.call("getProduct", path=path)) == updated, "an updated product reads back differently"
    assert (updated["price"], updated["activePrice"], updated["bloggable"]) == (80, 80, True), updated
    listed = {row["id"]: row for row in walk(api, "listProducts").rows}
    assert listed.get(product["id"]) == updated, "the list shows another version of the product"
    retired = ok(api.call("updateProduct", path=path, json={"name": product["name"], "active": False}))
    assert ok(api.call("getProduct", path=path)) == retired and retired["active"] is False
    assert product["id"] not in {row["id"] for row in walk(api, "listProducts").rows}, "a disabled product is listed"


@pytest.mark.rule("deleteCategory/responses/200", "getCategory/responses/404")
def test_category_lifecycle_and_membership(api, factory):
    category, product = factory.category(), factory.product()
    ids = {"id": category["id"]}
    assert ok(api.call("getCategory", path=ids)) == category == {**category, "productCount": 0}
    renamed = ok(api.call("updateCategory", path=ids, json={"name": unique("conformance renamed ")}))
    assert ok(api.call("getCategory", path=ids)) == renamed
    member = {**ids, "productId": product["id"]}
    assert ok(api.call("addProductToCategory", path=member))["productCount"] == 1
    assert ok(api.call("getCategory", path=ids))["productCount"] == 1
    assert [r["id"] for r in walk(api, "listCategoryProducts", path=ids).rows] == [product["id"]]
    assert [r["id"] for r in walk(api, "listProducts", params={"category": category["id"]}).rows] == [product["id"]]
    assert ok(api.call("removeProductFromCategory", path=member))["productCount"] == 0
    assert walk(api, "listCategoryProducts", path=ids).rows == []
    ok(api.call("addProductToCategory", path=member))
    deleted = ok(api.call("deleteCategory", path=ids))
    assert deleted["id"] == category["id"] and deleted["productCount"] == 1, "delete answers the deleted category"
    problem(api.call("getCategory", path=ids), 404, "category_not_found")
    problem(api.call("listCategoryProducts", path=ids), 404, "category_not_found")
    assert category["id"] not in {r["id"] for r in walk(api, "listCategories").rows}
    ok(api.call("getProduct", path={"id": product["id"]}))


@pytest.mark.rule("getCoupon/responses/200")
def test_coupon_lifecycle(api, factory):
    coupon = factory.coupon(discount=25, ownerProfit=5)
    path = {"id": coupon["id"]}
    assert ok(api.call("getCoupon", path=path)) == coupon
    by_owner = {r["id"] for r in walk(api, "listCouponsByOwner", path={"identifier": coupon["couponOwnerUuid"]}).rows}
    assert coupon["id"] in by_owner, "a new coupon is missing from its owner's list"
    updated = ok(api.call("updateCoupon", path=path, json={"code": coupon["code"], "discount": 30, "active": False}))
    assert ok(api.call("getCoupon", path=path)) == updated
    assert (updated["discount"], updated["active"]) == (30, False), updated
    inactive = {r["id"] for r in walk(api, "listCoupons", params={"active": "false"}).rows}
    active = {r["id"] for r in walk(api, "listCoupons", params={"active": "true"}).rows}
    assert coupon["id"] in inactive and coupon["id"] not in active, "the active filter misplaces a disabled coupon"


TEXTURE = "5b3c1d2e-0f4a-4b6c-8d7e-9f0a1b2c3d4e"


@pytest.mark.rule("grantGiftCard/x-rules/granted")
def test_a_granted_card_is_active_and_not_purchased(api, factory, customer):
    card = factory.gift_card(customer, credit=7, texture=TEXTURE, transfer=True)
    expected = {"credit": 7, "texture": TEXTURE, "transfer": True, "purchased": False, "active": True}
    assert {k: card[k] for k in expected} == expected, f"a granted card: {card}"
    mine = {r["id"]: r for r in walk(api, "listCustomerGiftCards", path={"identifier": customer}).rows}
    assert mine.get(card["id"]) == card, "the granted card is missing from (or differs in) the customer's list"
    assert ok(api.call("getGiftCard", path={"id": card["id"]})) == card


@pytest.mark.rule("grantGiftCard/x-rules/unredeemed")
def test_a_granted_card_starts_unredeemed(factory, customer):
    card = factory.gift_card(customer, credit=2)
    assert card["redeemed"] is False, f"a granted card: {card}"


@pytest.mark.rule("updateGiftCard/x-rules/replace")
def test_gift_card_put_resets_omitted_fields(api, factory, customer):
    path = {"id": factory.gift_card(customer, credit=7, texture=TEXTURE, transfer=True)["id"]}
    replaced = ok(api.call("updateGiftCard", path=path, json={}))
    defaults = {"credit": 0, "transfer": False, "active": False}
    assert {k: replaced[k] for k in defaults} == defaults, f"PUT {{}} must reset to the defaults: {replaced}"
    assert ok(api.call("getGiftCard", path=path)) == replaced


@pytest.mark.rule("/components/schemas/UpdateGiftCardRequest/properties/texture/default")
def test_gift_card_put_without_texture_clears_it(api, factory, customer):
    path = {"id": factory.gift_card(customer, credit=7, texture=TEXTURE)["id"]}
    assert ok(api.call("updateGiftCard", path=path, json={"credit": 7}))["texture"] is None


@pytest.mark.rule("disableGiftCard/x-rules/disabled")
def test_disable_answers_the_inactive_card(api, factory, customer):
    path = {"id": factory.gift_card(customer, credit=3)["id"]}
    disabled = ok(api.call("disableGiftCard", path=path))
    assert disabled["active"] is False and disabled["credit"] == 3, disabled
    assert ok(api.call("getGiftCard", path=path)) == disabled
    inactive = {
        r["id"]
        for r in walk(api, "listCustomerGiftCards", path={"identifier": customer}, params={"active": "false"}).rows
    }
    assert path["id"] in inactive, "a disabled card is missing from the customer's inactive cards"


@pytest.mark.rule("disableGiftCard/x-rules/repeat")
def test_disabling_twice_is_a_no_op(api, factory, customer):
    path = {"id": factory.gift_card(customer, credit=3)["id"]}
    disabled = ok(api.call("disableGiftCard", path=path))
    assert ok(api.call("disableGiftCard", path=path)) == disabled, "disabling twice must be a no-op"


@pytest.mark.rule("getCustomer/responses/200")
def test_ban_and_unban(api, customer):
    path = {"identifier": customer}
    banned = ok(api.call("banCustomer", path=path, json={"reason": "conformance"}))
    assert banned["isBanned"] is True
    assert ok(api.call("getCustomer", path=path))["isBanned"] is True
    assert ok(api.call("banCustomer", path=path, json={}))["isBanned"] is True, "banning twice is a 200"
    assert ok(api.call("unbanCustomer", path=path))["isBanned"] is False
    assert ok(api.call("getCustomer", path=path))["isBanned"] is False


@pytest.mark.parametrize(("set_op", "inc_op", "field"), BALANCE_OPERATIONS)
@pytest.mark.rule("getCustomerCredit/responses/200")
def test_credit_reads_back_and_increments_sum(api, customer, set_op, inc_op, field):
    path = {"identifier": customer}
    assert ok(api.call(set_op, path=path, json={"credit": 100}))[field] == 100
    assert ok(api.call("getCustomerCredit", path=path))[field] == 100
    assert ok(api.call("getCustomer", path=path))[field] == 100
    total = 100
    for delta in (5, 37, -12, 1, -100, 250):
        total += delta
        assert ok(api.call(inc_op, path=path, json={"delta": delta}))[field] == total, f"after delta {delta}"
    assert ok(api.call("getCustomerCredit", path=path))[field] == total == 281
