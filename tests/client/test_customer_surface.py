"""The customer surface through the generated client: mint a token with the key, act as the customer with
connect_customer(), and see the effect through the key. Works on seeded customers no other client test uses."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import httpx
import pytest

from allomancy_client import AuthenticatedClient
from allomancy_client.api.credit import get_customer_credit
from allomancy_client.api.customer_page import (
    get_customer_account,
    get_customer_context,
    get_customer_news_unread,
    get_customer_profile,
    list_customer_news,
    list_customer_own_gift_cards,
    list_customer_redelivery_products,
    list_customer_transactions,
    mark_customer_news_seen,
    redeem_customer_gift_card,
    request_customer_news_item,
    request_customer_redelivery,
    transfer_customer_gift_card,
)
from allomancy_client.api.customer_tokens import mint_customer_token
from allomancy_client.api.gift_cards import get_gift_card, grant_gift_card
from allomancy_client.kit import RetryPolicy, connect_customer, unwrap
from allomancy_client.models import (
    CustomerAccounts,
    CustomerGiftCardPage,
    GiftCardResponse,
    MarkNewsSeenRequest,
    MintCustomerTokenRequest,
    NewsPostPage,
    Problem,
    RedeliveryRequest,
    Transaction,
    TransferGiftCardRequest,
    UnreadNews,
)

from .support import Recorder, Sandbox

CUSTOMER, RECEIVER = "cobalt.reyes", "iris.thorne"


def token_for(client: AuthenticatedClient, who: str) -> str:
    minted = unwrap(
        mint_customer_token.sync_detailed(client=client, body=MintCustomerTokenRequest(customer_identifier=who))
    )
    return minted.token


@pytest.fixture
def me(client: AuthenticatedClient, sandbox: Sandbox, sent: list[tuple[str, str]]) -> Iterator[AuthenticatedClient]:
    with connect_customer(
        token_for(client, CUSTOMER),
        sandbox.base_url,
        retry=RetryPolicy(attempts=2, backoff=0),
        httpx_args={"transport": Recorder(sent)},
    ) as made:
        yield made


def test_the_token_goes_out_as_x_customer_token_and_never_the_key(sandbox: Sandbox) -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={"uuid": str(UUID(int=1)), "username": "x", "pictureUuid": None})

    with connect_customer("ct_abc", sandbox.base_url, httpx_args={"transport": httpx.MockTransport(handler)}) as made:
        profile = get_customer_profile.sync(client=made)
    assert profile is not None and not isinstance(profile, Problem) and profile.username == "x"
    assert seen[0]["x-customer-token"] == "ct_abc" and "x-api-key" not in seen[0]
    with pytest.raises(ValueError):
        connect_customer(" ct_abc", sandbox.base_url)


def test_mint_then_read_as_the_customer(me: AuthenticatedClient) -> None:
    assert unwrap(get_customer_profile.sync_detailed(client=me)).username == CUSTOMER
    context = unwrap(get_customer_context.sync_detailed(client=me))
    assert len(context.stores) == 1 and context.brand.name == context.stores[0].name
    accounts = unwrap(get_customer_account.sync_detailed(client=me))
    assert isinstance(accounts, CustomerAccounts)
    assert (accounts.accounts[0].credit, accounts.accounts[0].restricted_credit) == (75, 25)
    transactions = unwrap(list_customer_transactions.sync_detailed(client=me))
    assert transactions.data == [] and transactions.pagination.next_cursor is None
    assert unwrap(list_customer_redelivery_products.sync_detailed(client=me, limit=5)).data == []
    missing = request_customer_redelivery.sync(client=me, body=RedeliveryRequest(product_id=UUID(int=7)))
    assert isinstance(missing, Problem) and (missing.status, missing.code) == (404, "product_not_found")
    # the type is an open integer: a value added after 0..9 still parses (a generic transaction)
    row = {
        **dict.fromkeys(("usedCouponId", "usedCredit", "usedDiscount", "remainingCredit")),
        **dict.fromkeys(("productName", "storeName", "location", "payerUsername", "receiverUsername"), "x"),
        **dict.fromkeys(("id", "storeId", "payerUuid", "receiverUuid"), str(UUID(int=1))),
        **{"payment": 10, "delivered": True, "failedToDeliver": False, "created": "2026-01-01T00:00:00Z"},
    }
    later = Transaction.from_dict({**row, "type": 10})
    assert later.type_ == 10


def test_redeem_credits_the_customer_seen_through_the_key(client: AuthenticatedClient, me: AuthenticatedClient) -> None:
    card = unwrap(grant_gift_card.sync_detailed(CUSTOMER, client=client, body=_grant(40, transfer=False)))
    before = unwrap(get_customer_credit.sync_detailed(CUSTOMER, client=client)).credit
    listed = unwrap(list_customer_own_gift_cards.sync_detailed(client=me))
    assert isinstance(listed, CustomerGiftCardPage)
    mine = {c.id: c for c in listed.data}
    assert mine[card.id].expires_at is None and mine[card.id].redeemed is False
    assert redeem_customer_gift_card.sync(card.id, client=me) is True
    assert unwrap(get_customer_credit.sync_detailed(CUSTOMER, client=client)).credit == before + 40
    after = unwrap(get_gift_card.sync_detailed(card.id, client=client))
    assert isinstance(after, GiftCardResponse) and after.redeemed is True
    again = redeem_customer_gift_card.sync(card.id, client=me)
    assert isinstance(again, Problem) and again.code == "gift_card_redeemed"


def test_transfer_moves_the_card(client: AuthenticatedClient, me: AuthenticatedClient) -> None:
    card = unwrap(grant_gift_card.sync_detailed(CUSTOMER, client=client, body=_grant(15, transfer=True)))
    moved = transfer_customer_gift_card.sync(
        card.id, client=me, body=TransferGiftCardRequest(receiver_identifier=RECEIVER)
    )
    assert moved is True
    assert card.id not in {c.id for c in unwrap(list_customer_own_gift_cards.sync_detailed(client=me)).data}
    assert unwrap(get_gift_card.sync_detailed(card.id, client=client)).owner_username == RECEIVER


def test_news_unread_seen_and_request_item(me: AuthenticatedClient) -> None:
    posts = unwrap(list_customer_news.sync_detailed(client=me))
    assert isinstance(posts, NewsPostPage)
    requestable = [p for p in posts.data if p.can_request_item]
    assert requestable and all(p.item is not None and p.on_demand_item for p in requestable)
    assert request_customer_news_item.sync(requestable[0].id, client=me) is True
    unread = unwrap(get_customer_news_unread.sync_detailed(client=me))
    assert isinstance(unread, UnreadNews) and unread.total == sum(s.count for s in unread.by_store) > 0
    response = mark_customer_news_seen.sync_detailed(client=me, body=MarkNewsSeenRequest(store_id=None))
    assert response.status_code == 204 and response.parsed is None
    assert unwrap(get_customer_news_unread.sync_detailed(client=me)).total == 0


def test_a_bad_token_is_a_401_problem(sandbox: Sandbox, sent: list[tuple[str, str]]) -> None:
    with connect_customer("ct_unknown", sandbox.base_url, retry=None, httpx_args={"transport": Recorder(sent)}) as bad:
        answer = get_customer_profile.sync(client=bad)
    assert isinstance(answer, Problem) and (answer.status, answer.code) == (401, "customer_token_invalid")


def _grant(credit: int, *, transfer: bool):
    from allomancy_client.models import GrantGiftCardRequest

    return GrantGiftCardRequest(credit=credit, transfer=transfer)
