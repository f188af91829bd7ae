"""Every operation, called through the generated client against the sandbox, with the typed models.

Each test works on objects it creates or on seeded customers no other client test relies on.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from allomancy_client import AuthenticatedClient
from allomancy_client.api.categories import (
    add_product_to_category,
    create_category,
    delete_category,
    get_category,
    list_categories,
    list_category_products,
    remove_product_from_category,
    update_category,
)
from allomancy_client.api.coupons import (
    apply_coupon,
    create_coupon,
    get_coupon,
    list_coupons,
    list_coupons_by_owner,
    revoke_coupon,
    update_coupon,
)
from allomancy_client.api.credit import (
    get_customer_credit,
    increment_customer_credit,
    increment_customer_restricted_credit,
    set_customer_credit,
    set_customer_restricted_credit,
)
from allomancy_client.api.customer_tokens import mint_customer_token
from allomancy_client.api.customers import (
    ban_customer,
    get_customer,
    get_customer_spend,
    list_customers,
    unban_customer,
    update_customer,
)
from allomancy_client.api.gift_cards import (
    disable_gift_card,
    get_gift_card,
    grant_gift_card,
    list_customer_gift_cards,
    update_gift_card,
)
from allomancy_client.api.loyalty import list_loyalty_tiers
from allomancy_client.api.products import create_product, deliver_product, get_product, list_products, update_product
from allomancy_client.api.store import get_store
from allomancy_client.kit import ApiError, unwrap
from allomancy_client.models import (
    AppliedCouponScope,
    ApplyCouponByCode,
    ApplyCouponById,
    BanCustomerRequest,
    CouponApplyScope,
    CreateCategoryRequest,
    CreateCouponRequest,
    DeliverProductRequest,
    Discount,
    DiscountType,
    GrantGiftCardRequest,
    IncrementCustomerCreditRequest,
    MintCustomerTokenRequest,
    Permissions,
    Problem,
    ProductUpsertRequest,
    RevokeCouponByCode,
    SetCustomerCreditRequest,
    UpdateCategoryRequest,
    UpdateCouponRequest,
    UpdateCustomerRequest,
    UpdateGiftCardRequest,
)

Make = Callable[..., AuthenticatedClient]


def test_store_and_loyalty_tiers(client: AuthenticatedClient) -> None:
    store = unwrap(get_store.sync_detailed(client=client))
    assert store.name == "Crimson Forge" and 0 <= store.bonus.base_bonus <= 100
    tiers = unwrap(list_loyalty_tiers.sync_detailed(client=client))
    thresholds = [tier.spending_threshold for tier in tiers]
    assert thresholds == sorted(thresholds) and len(tiers) == 5


def test_products(client: AuthenticatedClient) -> None:
    page = unwrap(list_products.sync_detailed(client=client, limit=5))
    assert len(page.data) == 5 and page.pagination.limit == 5 and page.pagination.next_cursor
    now = datetime.now(UTC)
    body = ProductUpsertRequest(
        name="Client Lamp",
        price=200,
        listed=True,
        permissions=Permissions(copy=True, modify=True, transfer=False),
        discount=Discount(
            value=25, type_=DiscountType.PERCENT, start_date=now - timedelta(days=1), end_date=now + timedelta(days=1)
        ),
    )
    lamp = unwrap(create_product.sync_detailed(client=client, body=body))
    assert (lamp.price, lamp.active_price) == (200, 150)
    assert isinstance(lamp.discount, Discount) and lamp.discount.type_ is DiscountType.PERCENT
    assert unwrap(get_product.sync_detailed(lamp.id, client=client)) == lamp

    replaced = unwrap(update_product.sync_detailed(lamp.id, client=client, body=ProductUpsertRequest(name="Lamp II")))
    assert (replaced.name, replaced.price, replaced.discount) == ("Lamp II", 0, None)  # full replace

    sent = deliver_product.sync(lamp.id, client=client, body=DeliverProductRequest(recipient_identifier="aether.ash"))
    assert sent is not None and not isinstance(sent, Problem)
    assert sent.queued and sent.recipient_username == "aether.ash" and sent.message == ""


def test_categories(client: AuthenticatedClient) -> None:
    assert unwrap(list_categories.sync_detailed(client=client)).data
    hat = next(p for p in unwrap(list_products.sync_detailed(client=client, search="Hat500")).data)
    shelf = unwrap(create_category.sync_detailed(client=client, body=CreateCategoryRequest(name="Client Shelf")))
    assert (shelf.name, shelf.product_count) == ("Client Shelf", 0)
    assert unwrap(get_category.sync_detailed(shelf.id, client=client)) == shelf
    renamed = unwrap(update_category.sync_detailed(shelf.id, client=client, body=UpdateCategoryRequest(name="Top")))
    assert renamed.name == "Top"

    assert unwrap(add_product_to_category.sync_detailed(shelf.id, hat.id, client=client)).product_count == 1
    members = unwrap(list_category_products.sync_detailed(shelf.id, client=client)).data
    assert [p.id for p in members] == [hat.id]
    assert unwrap(remove_product_from_category.sync_detailed(shelf.id, hat.id, client=client)).product_count == 0

    deleted = delete_category.sync_detailed(shelf.id, client=client)
    assert deleted.status_code == 200 and unwrap(deleted).id == shelf.id
    gone = get_category.sync(shelf.id, client=client)
    assert isinstance(gone, Problem) and gone.code == "category_not_found"


def test_coupons(client: AuthenticatedClient) -> None:
    assert all(c.active for c in unwrap(list_coupons.sync_detailed(client=client, active=True)).data)
    owned = unwrap(list_coupons_by_owner.sync_detailed("aether.ash", client=client)).data
    assert {"Mixed.Case", "ASHFRIEND"} <= {c.code for c in owned}

    code = f"CLIENT{uuid.uuid4().hex[:8]}"
    body = CreateCouponRequest(code=code, owner_identifier="aether.ash", discount=12)
    coupon = unwrap(create_coupon.sync_detailed(client=client, body=body))
    assert (coupon.code, coupon.discount, coupon.coupon_owner_username) == (code, 12, "aether.ash")
    assert unwrap(get_coupon.sync_detailed(coupon.id, client=client)).id == coupon.id
    again = create_coupon.sync(
        client=client, body=CreateCouponRequest(code=code.lower(), owner_identifier="aether.ash")
    )
    assert isinstance(again, Problem) and again.code == "coupon_code_taken"
    updated = unwrap(
        update_coupon.sync_detailed(coupon.id, client=client, body=UpdateCouponRequest(code=code, discount=20))
    )
    assert updated.discount == 20

    store_wide = ApplyCouponByCode(code=code, scope=CouponApplyScope.STORE_WIDE, expires_in_hours=2)
    applied = unwrap(apply_coupon.sync_detailed("hollow.pike", client=client, body=store_wide))
    assert applied.scope is AppliedCouponScope.STORE and not applied.replaced and applied.discount == 20
    assert unwrap(apply_coupon.sync_detailed("hollow.pike", client=client, body=store_wide)).replaced

    product = next(p for p in unwrap(list_products.sync_detailed(client=client, search="Mist Scarf")).data)
    by_id = ApplyCouponById(coupon_id=coupon.id, scope=CouponApplyScope.PRODUCT, product_id=product.id)
    on_product = unwrap(apply_coupon.sync_detailed("hollow.pike", client=client, body=by_id))
    assert on_product.scope is AppliedCouponScope.PRODUCT and on_product.product_id == product.id

    revoke = RevokeCouponByCode(code=code, scope=CouponApplyScope.STORE_WIDE)
    assert unwrap(revoke_coupon.sync_detailed("hollow.pike", client=client, body=revoke)).revoked
    assert not unwrap(revoke_coupon.sync_detailed("hollow.pike", client=client, body=revoke)).revoked


def test_customers(client: AuthenticatedClient) -> None:
    page = unwrap(list_customers.sync_detailed(client=client, limit=3, spent_more_than=1000))
    assert len(page.data) == 3 and page.pagination.previous_cursor is None
    assert unwrap(get_customer.sync_detailed("kestrel.moon", client=client)).discount == 25
    spend = unwrap(get_customer_spend.sync_detailed("kestrel.moon", client=client))
    assert (spend.sum_, spend.last_year_sum, spend.total_owned) == (15000, 9000, 51)

    body = UpdateCustomerRequest(discount=15, news_subscriber=True)
    updated = unwrap(update_customer.sync_detailed("xenon.stark", client=client, body=body))
    assert (updated.discount, updated.news_subscriber) == (15, True)
    reset = unwrap(update_customer.sync_detailed("xenon.stark", client=client, body=UpdateCustomerRequest()))
    assert (reset.discount, reset.news_subscriber) == (0, False)  # full replace: defaults come back

    assert unwrap(ban_customer.sync_detailed("quiet.guest", client=client)).is_banned  # no body at all
    reason = BanCustomerRequest(reason="chargebacks")
    assert unwrap(ban_customer.sync_detailed("quiet.guest", client=client, body=reason)).is_banned
    assert not unwrap(unban_customer.sync_detailed("quiet.guest", client=client)).is_banned


def test_credit(client: AuthenticatedClient) -> None:
    assert unwrap(get_customer_credit.sync_detailed("pewter.finch", client=client)).credit == 20
    body = SetCustomerCreditRequest(credit=500)
    assert unwrap(set_customer_credit.sync_detailed("pewter.finch", client=client, body=body)).credit == 500
    restricted = set_customer_restricted_credit.sync_detailed(
        "pewter.finch", client=client, body=SetCustomerCreditRequest(credit=40)
    )
    assert unwrap(restricted).restricted_credit == 40
    more = IncrementCustomerCreditRequest(delta=-100)
    assert unwrap(increment_customer_credit.sync_detailed("pewter.finch", client=client, body=more)).credit == 400
    plus = IncrementCustomerCreditRequest(delta=10)
    after = unwrap(increment_customer_restricted_credit.sync_detailed("pewter.finch", client=client, body=plus))
    assert (after.credit, after.restricted_credit) == (400, 50)
    try:
        unwrap(
            increment_customer_restricted_credit.sync_detailed(
                "pewter.finch", client=client, body=IncrementCustomerCreditRequest(delta=-51)
            )
        )
    except ApiError as error:
        assert (error.status, error.code) == (400, "insufficient_credit")
    else:
        raise AssertionError("a balance below zero was accepted")


def test_gift_cards(client: AuthenticatedClient) -> None:
    card = unwrap(grant_gift_card.sync_detailed("jasper.wren", client=client, body=GrantGiftCardRequest(credit=100)))
    assert (card.credit, card.active, card.purchased, card.redeemed) == (100, True, False, False)
    listed = unwrap(list_customer_gift_cards.sync_detailed("jasper.wren", client=client)).data
    assert card.id in {c.id for c in listed}
    assert unwrap(get_gift_card.sync_detailed(card.id, client=client)) == card
    body = UpdateGiftCardRequest(credit=150, active=True, transfer=True)
    updated = unwrap(update_gift_card.sync_detailed(card.id, client=client, body=body))
    assert (updated.credit, updated.active, updated.transfer) == (150, True, True)
    assert not unwrap(disable_gift_card.sync_detailed(card.id, client=client)).active


def test_customer_token(client: AuthenticatedClient) -> None:
    body = MintCustomerTokenRequest(customer_identifier="aether.ash")
    token = unwrap(mint_customer_token.sync_detailed(client=client, body=body))
    assert token.url == f"https://customer.allomancy.com/#ct={token.token}"
    assert timedelta(minutes=55) < token.expires_at - datetime.now(UTC) <= timedelta(hours=1)


def test_the_async_functions(sandbox_async: Callable[[], AuthenticatedClient]) -> None:
    async def calls() -> tuple[str, bool]:
        async with sandbox_async() as client:
            store, customer = await asyncio.gather(
                get_store.asyncio(client=client), get_customer.asyncio("umber.fox", client=client)
            )
        assert not isinstance(store, Problem) and store is not None
        assert not isinstance(customer, Problem) and customer is not None
        return store.name, customer.news_subscriber

    assert asyncio.run(calls()) == ("Crimson Forge", True)
