"""iterate() / aiterate(): every row of any paginated list, fetched lazily, with the page size a parameter."""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import Callable

import pytest

from allomancy_client import AuthenticatedClient
from allomancy_client.api.categories import list_categories, list_category_products
from allomancy_client.api.coupons import list_coupons, list_coupons_by_owner
from allomancy_client.api.customers import list_customers
from allomancy_client.api.gift_cards import list_customer_gift_cards
from allomancy_client.api.products import list_products
from allomancy_client.kit import ApiError, aiterate, iterate, unwrap

from .support import Reply, StubServer

Make = Callable[..., AuthenticatedClient]


def test_iterate_walks_every_page_and_matches_one_big_page(make_client: Make, sent: list[tuple[str, str]]) -> None:
    client = make_client()
    everyone = [c.uuid for c in unwrap(list_customers.sync_detailed(client=client, limit=1000)).data]
    before = len(sent)
    walked = [c.uuid for c in iterate(list_customers.sync_detailed, client, limit=7)]
    assert walked == everyone and len(everyone) > 7
    assert len(sent) - before == math.ceil(len(everyone) / 7)


def test_iterate_is_lazy(make_client: Make, sent: list[tuple[str, str]]) -> None:
    client = make_client()
    before = len(sent)
    rows = iterate(list_customers.sync_detailed, client, limit=2)
    assert len(sent) == before  # nothing is fetched before the first row is asked for
    assert len(list(itertools.islice(rows, 3))) == 3
    assert len(sent) - before == 2


def test_filters_and_path_parameters_go_along_on_every_page(make_client: Make) -> None:
    client = make_client()
    subscribers = list(iterate(list_customers.sync_detailed, client, limit=3, news_subscriber=True))
    assert subscribers and all(c.news_subscriber for c in subscribers)
    hats = list(iterate(list_products.sync_detailed, client, limit=1, search="hat"))
    assert len(hats) >= 3 and all("hat" in (p.name + (p.description or "")).lower() for p in hats)

    categories = list(iterate(list_categories.sync_detailed, client, limit=2))
    accessories = next(c for c in categories if c.name == "Accessories")
    members = list(iterate(list_category_products.sync_detailed, client, limit=2, id=accessories.id))
    assert {p.name for p in members} >= {"Forge Gloves", "Limited Lantern"}
    assert all(p.active for p in members)

    owned = list(iterate(list_coupons_by_owner.sync_detailed, client, limit=1, identifier="blogger.one"))
    assert {c.code for c in owned} == {"WELCOME10", "VIP25", "OLDSALE"}
    cards = list(
        iterate(list_customer_gift_cards.sync_detailed, client, limit=2, identifier="resident.username", active=True)
    )
    assert len(cards) >= 3 and all(card.active for card in cards)


def test_aiterate_is_the_async_twin(sandbox_async: Callable[[], AuthenticatedClient]) -> None:
    async def collect() -> tuple[list[str], list[str]]:
        async with sandbox_async() as client:
            coupons = [c.code async for c in aiterate(list_coupons.asyncio_detailed, client, limit=2)]
            active = [c.code async for c in aiterate(list_coupons.asyncio_detailed, client, limit=3, active=True)]
        return coupons, active

    coupons, active = asyncio.run(collect())
    assert {"WELCOME10", "OLDSALE", "ASHFRIEND"} <= set(coupons)
    assert "OLDSALE" not in active and set(active) < set(coupons)


def test_a_page_size_the_api_refuses_raises_api_error(make_client: Make) -> None:
    with pytest.raises(ApiError) as caught:
        next(iterate(list_customers.sync_detailed, make_client(), limit=5000))
    assert (caught.value.status, caught.value.code) == (400, "invalid_pagination")


def test_a_cursor_that_repeats_stops_the_walk(stub: StubServer) -> None:
    page = {"data": [], "pagination": {"nextCursor": "same", "previousCursor": None, "limit": 1}}
    stub.script([Reply(200, page)])
    client = AuthenticatedClient(base_url=stub.base_url, token="allo_live_eA.eQ")
    with pytest.raises(RuntimeError, match="same cursor"):
        list(iterate(list_customers.sync_detailed, client, limit=1))
    assert len(stub.requests) == 2 and "cursor=same" in stub.requests[1].path
