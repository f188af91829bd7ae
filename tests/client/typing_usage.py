"""Checked by mypy --strict in test_generated_fresh.py (never run): the types callers get from the helpers."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, assert_type
from uuid import UUID

from allomancy_client import AuthenticatedClient
from allomancy_client.api.categories import delete_category, list_category_products
from allomancy_client.api.customers import get_customer, list_customers
from allomancy_client.api.loyalty import list_loyalty_tiers
from allomancy_client.kit import ApiError, aiterate, connect, iterate, unwrap
from allomancy_client.models import CustomerResponse, DiscountType, LoyaltyTierResponse, Problem, ProductResponse


async def usage(category: UUID) -> None:
    client = connect("allo_live_x.y", "http://127.0.0.1:8400")
    assert_type(client, AuthenticatedClient)

    response = get_customer.sync_detailed("resident.username", client=client)
    assert_type(response.status_code, HTTPStatus | int)
    assert_type(response.parsed, CustomerResponse | Problem | None)
    assert_type(unwrap(response), CustomerResponse)
    assert_type(unwrap(list_loyalty_tiers.sync_detailed(client=client)), list[LoyaltyTierResponse])
    assert_type(unwrap(delete_category.sync_detailed(category, client=client)), Any)

    for customer in iterate(list_customers.sync_detailed, client, page_size=10, news_subscriber=True):
        assert_type(customer, CustomerResponse)
    async for product in aiterate(list_category_products.asyncio_detailed, client, page_size=10, id=category):
        assert_type(product, ProductResponse)

    kind: DiscountType = DiscountType(7)
    assert_type(kind.is_known, bool)
    error = ApiError(429, "rate_limited", "slow down", retry_after=2.0)
    assert_type(error.retry_after, float | None)
    assert_type(error.code, str | None)
