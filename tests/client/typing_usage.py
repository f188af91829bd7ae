"""Checked by mypy --strict in test_generated_fresh.py (never run): the types callers get from the helpers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import assert_type
from uuid import UUID

from allomancy_client import (
    Allomancy,
    AllomancyCustomer,
    ApiError,
    AsyncAllomancy,
    AuthenticatedClient,
    NotFoundError,
    ProblemCode,
)
from allomancy_client.api.categories import delete_category, list_category_products
from allomancy_client.api.customers import get_customer, list_customers
from allomancy_client.api.loyalty import list_loyalty_tiers
from allomancy_client.kit import aiterate, connect, iterate, unwrap
from allomancy_client.models import (
    CategoryResponse,
    CustomerPage,
    CustomerResponse,
    CustomerTokenResponse,
    DiscountType,
    GiftCardResponse,
    GrantGiftCardRequest,
    LoyaltyTierResponse,
    MintCustomerTokenRequest,
    Problem,
    ProductResponse,
)


async def usage(category: UUID) -> None:
    client = connect("allo_live_x.y", "http://127.0.0.1:8400")
    assert_type(client, AuthenticatedClient)

    response = get_customer.sync_detailed("resident.username", client=client)
    assert_type(response.status_code, HTTPStatus | int)
    assert_type(response.parsed, CustomerResponse | Problem | None)
    assert_type(response.parse_error, Exception | None)
    assert_type(unwrap(response), CustomerResponse)
    assert_type(unwrap(list_loyalty_tiers.sync_detailed(client=client)), list[LoyaltyTierResponse])
    assert_type(unwrap(delete_category.sync_detailed(category, client=client)), CategoryResponse)

    for customer in iterate(list_customers.sync_detailed, client, limit=10, news_subscriber=True):
        assert_type(customer, CustomerResponse)
    async for product in aiterate(list_category_products.asyncio_detailed, client, limit=10, id=category):
        assert_type(product, ProductResponse)

    kind: DiscountType = DiscountType(7)
    assert_type(kind.is_known, bool)
    error = ApiError(status=429, code="rate_limited", detail="slow down", retry_after=2.0)
    assert_type(error.retry_after, float | None)
    assert_type(error.code, ProblemCode | None)
    assert_type(error.status, int | None)


def facade(category: UUID, card: UUID) -> None:
    api = Allomancy("allo_live_x.y", "https://integrations.allomancy.net/v1", requests_per_second=2)
    assert_type(api.customers.get("resident.username"), CustomerResponse)
    assert_type(api.customers.list(limit=10, news_subscriber=True), CustomerPage)
    assert_type(api.customers.iter(limit=500, spent_more_than=1000), Iterator[CustomerResponse])
    assert_type(api.gift_cards.iter("resident.username", active=True), Iterator[GiftCardResponse])
    assert_type(api.categories.iter_products(category), Iterator[ProductResponse])
    assert_type(api.loyalty.list_tiers(), list[LoyaltyTierResponse])
    assert_type(api.categories.delete(category), CategoryResponse)
    granted = api.gift_cards.grant("resident.username", body=GrantGiftCardRequest(credit=100))
    assert_type(granted, GiftCardResponse)
    assert_type(api.gift_cards.get(card), GiftCardResponse)
    try:
        api.customers.get("nobody.here")
    except NotFoundError as missing:
        if missing.code == "customer_not_found":
            assert_type(missing.detail, str | None)


async def async_facade() -> None:
    async with AsyncAllomancy("allo_live_x.y", max_concurrency=4) as api:
        assert_type(await api.customers.get("resident.username"), CustomerResponse)
        rows = api.customers.iter(news_subscriber=True)
        assert_type(rows, AsyncIterator[CustomerResponse])
        async for row in rows:
            assert_type(row, CustomerResponse)


def environment_and_keyword_bodies() -> None:
    api = Allomancy()  # ALLOMANCY_API_KEY and ALLOMANCY_BASE_URL
    minted = api.customer_tokens.mint(customer_identifier="aether.ash")
    assert_type(minted, CustomerTokenResponse)
    assert_type(api.customer_tokens.mint(body=MintCustomerTokenRequest(customer_identifier="x")), CustomerTokenResponse)
    me = AllomancyCustomer(token=minted.token, base_url="http://127.0.0.1:8400/v1")
    assert_type(me.customer_page.get_profile().username, str)
    try:
        api.store.get()
    except ApiError as error:
        assert_type(error.status_code, int | None)
