"""The run's access to the customer surface: one customer token, minted at session start through the key
(POST /v1/customer-tokens), and who it belongs to.

Minting is a write, so it happens only where writes are allowed (the sandbox, or --allow-writes, and then for the
writable customer). Elsewhere ALLOMANCY_CUSTOMER_TOKEN may name a token to use; without one the customer surface
is left out of the run, with a note. The keys file may also publish, per store, a `customerTokens` object with
an `expired` and a `revoked` token (the sandbox's keys file does): the token-auth checks use them.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import run_keys
from .tally import TALLY

if TYPE_CHECKING:
    from .client import ApiClient, ApiResponse
    from .session import Session

TOKEN_HEADER = "X-Customer-Token"
TOKEN_ENV = "ALLOMANCY_CUSTOMER_TOKEN"


@dataclass(frozen=True, repr=False)
class CustomerAccess:
    token: str
    customer_uuid: str
    username: str
    store_ids: tuple[str, ...]
    minted: bool
    page_origin: str | None = None  # the customer page origin of the mint URL
    dead_tokens: dict[str, str] = field(default_factory=dict)  # "expired"/"revoked" -> a token that never works

    def __repr__(self) -> str:  # never show the token
        return f"CustomerAccess(customer={self.username}, stores={len(self.store_ids)}, minted={self.minted})"

    @property
    def headers(self) -> dict[str, str]:
        return {TOKEN_HEADER: self.token}


def token_headers(token: str) -> dict[str, str]:
    return {TOKEN_HEADER: token}


def mint(api: ApiClient, identifier: str, key: object = None) -> tuple[str, str]:
    """(token, page origin) of a fresh token for `identifier`, through the all-scopes key (or `key`)."""
    body_json = {"customerIdentifier": identifier}
    if key is None:
        response = api.call("mintCustomerToken", json=body_json, check=False)
    else:
        response = api.call("mintCustomerToken", json=body_json, key=key, check=False)
    body = usable(api, response, ("token", "url"), "minting a customer token")
    parts = urlsplit(str(body["url"]))
    return str(body["token"]), f"{parts.scheme}://{parts.netloc}"


def usable(api: ApiClient, response: ApiResponse, fields: tuple[str, ...], what: str) -> dict[str, Any]:
    """The JSON object of a set-up answer the run can go on with. Every departure from the spec is recorded as a
    finding first (so a guessed 200 answered as 201 is reported as an inferred mismatch, not a crash); only an
    answer the run cannot use (not a 2xx, or without the fields set-up needs) stops it."""
    departures = api.judge(response)
    body: Any = None
    if 200 <= response.status < 300:
        try:
            body = response.json()
        except ValueError:
            body = None
    if not isinstance(body, dict) or any(name not in body for name in fields):
        details = "; ".join(departures) or response.describe()
        raise AssertionError(f"{what} failed: {response.describe()} ({details})")
    return body


def subject(session: Session) -> str | None:
    """The customer to mint for: the writable customer, else the one holding most gift cards, else any."""
    if session.settings.write_customer:
        return session.settings.write_customer
    catalog = session.catalog
    owners = Counter(g["ownerUuid"] for g in catalog.gift_cards)
    banned = {c["uuid"] for c in catalog.customers if c["isBanned"]}
    for owner, _ in owners.most_common():
        if owner not in banned:
            return str(owner)
    unbanned = [c["uuid"] for c in catalog.customers if not c["isBanned"]]
    return unbanned[0] if unbanned else None


def _dead_tokens(session: Session) -> dict[str, str]:
    document = None
    if session.server is not None:
        document = session.server.keys
    elif session.settings.keys_file:
        document = run_keys.read_keys_file(session.settings.keys_file)
    stores = list((document or {}).get("stores") or [])
    primary = session.keyring.primary_store_id
    store = next((s for s in stores if s.get("id") == primary), stores[0] if stores else None)
    tokens = (store or {}).get("customerTokens") or {}
    return {label: str(token) for label, token in tokens.items() if label in ("expired", "revoked") and token}


def open_access(session: Session) -> CustomerAccess | None:
    settings, api = session.settings, session.client
    given = os.environ.get(TOKEN_ENV, "").strip()
    origin = None
    if given:
        token, minted = given, False
    elif settings.writes:
        who = subject(session)
        if who is None:
            TALLY.note("the customer surface is not tested: the store has no customer to mint a token for")
            return None
        token, origin = mint(api, who)
        minted = True
    else:
        TALLY.note(
            f"the customer surface is not tested: minting a token is a write (pass --allow-writes) or set {TOKEN_ENV}"
        )
        return None
    headers = token_headers(token)
    profile = usable(
        api, api.call("getCustomerProfile", key=None, headers=headers, check=False), ("uuid", "username"), "the token"
    )
    context = usable(
        api, api.call("getCustomerContext", key=None, headers=headers, check=False), ("stores",), "the token"
    )
    return CustomerAccess(
        token=token,
        customer_uuid=str(profile["uuid"]),
        username=str(profile["username"]),
        store_ids=tuple(store["id"] for store in context["stores"]),
        minted=minted,
        page_origin=origin,
        dead_tokens=_dead_tokens(session),
    )
