"""Checked by mypy --strict in test_generated_fresh.py (never run): each line ending in `# error` must be flagged."""

from __future__ import annotations

from allomancy_client import Allomancy, ApiError, Client
from allomancy_client.api.customers import get_customer
from allomancy_client.api.store import get_store
from allomancy_client.kit import connect, iterate, unwrap


def misuse() -> None:
    anonymous = Client(base_url="http://127.0.0.1:8400")
    get_store.sync(client=anonymous)  # error
    client = connect("allo_live_x.y", "http://127.0.0.1:8400")
    iterate(get_customer.sync_detailed, client)  # error
    unwrap(get_customer.sync("resident.username", client=client))  # error


def facade_misuse(api: Allomancy) -> None:
    api.customers.iter(news_subscriber=True, spent_more_then=1000)  # error
    api.gift_cards.iter(active=True)  # error
    api.customers.list(page_size=10)  # error
    api.customers.get()  # error
    api.customers.fetch("resident.username")  # error
    try:
        api.store.get()
    except ApiError as error:
        if error.code == "insuficient_scope":  # error
            pass
        if error.code == "insufficient_scope":
            pass


def keyword_bodies_are_typed(api: Allomancy) -> None:
    api.customer_tokens.mint(customer_identifier=5)  # error
    api.customer_tokens.mint(customer_identifer="aether.ash")  # error
