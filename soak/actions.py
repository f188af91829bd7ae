"""The soak's nine actions, each one request (or a short sequence) that updates the world model with what the
server acknowledged, and their weights in the mix."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable
from typing import Any

from allomancy_sandbox.config import DEFAULT_CREDIT_LIMIT

from .soak_client import Client, walk
from .world import Card, World

CREDIT_LIMIT = DEFAULT_CREDIT_LIMIT  # the sandbox's (SANDBOX_CREDIT_LIMIT); set-credit values stay far below it


def act_increment(client: Client, world: World, rng: random.Random, restricted: bool) -> None:
    name = rng.choice(world.inc_customers)
    delta = rng.randint(1, 300) * rng.choice((1, -1))
    op = "incrementRestrictedCredit" if restricted else "incrementCredit"
    action = "increment-restricted-credit" if restricted else "increment-credit"
    response = client.call(op, "POST", f"/v1/customers/{name}/actions/{action}", world.key, json={"delta": delta})
    if response is not None and response.status_code == 200:
        body = response.json()
        value = body["restrictedCredit" if restricted else "credit"]
        if not 0 <= value <= CREDIT_LIMIT:
            client.recorder.violation(f"{op} {name}: balance {value} out of [0, {CREDIT_LIMIT}]")
        with world.lock:
            world.inc_acked[name][1 if restricted else 0] += delta


def act_set(client: Client, world: World, rng: random.Random) -> None:
    name = rng.choice(world.set_customers)
    lock = world.set_locks[name]
    if not lock.acquire(blocking=False):
        world.count("set skipped (customer busy)")
        return
    try:
        restricted = rng.random() < 0.5
        value = rng.randint(0, 100_000)
        op = "setRestrictedCredit" if restricted else "setCredit"
        action = "set-restricted-credit" if restricted else "set-credit"
        response = client.call(op, "POST", f"/v1/customers/{name}/actions/{action}", world.key, json={"credit": value})
        if response is not None and response.status_code == 200:
            got = response.json()["restrictedCredit" if restricted else "credit"]
            if got != value:
                client.recorder.violation(f"{op} {name}: answered {got}, sent {value}")
            with world.lock:
                last = world.set_last.setdefault(name, list(world.start[name]))
                last[1 if restricted else 0] = value
    finally:
        lock.release()


def act_grant(client: Client, world: World, rng: random.Random) -> None:
    name = rng.choice(world.customers)
    body: dict[str, Any] = {
        "credit": rng.randint(1, 1000),
        "texture": rng.choice((None, str(uuid.uuid4()))),
        "transfer": rng.random() < 0.5,
    }
    response = client.call(
        "grantGiftCard", "POST", f"/v1/customers/{name}/actions/grant-gift-card", world.key, json=body
    )
    if response is None or response.status_code != 200:
        return
    card = response.json()
    expected = {
        "credit": body["credit"],
        "texture": body["texture"],
        "transfer": body["transfer"],
        "active": True,
        "redeemed": False,
        "purchased": False,
        "ownerUuid": world.uuids[name],
    }
    wrong = {k: card.get(k) for k, v in expected.items() if card.get(k) != v}
    if wrong:
        client.recorder.violation(f"grantGiftCard {name}: response differs from the request: {wrong}")
    with world.lock:
        world.cards[card["id"]] = Card(name, body["credit"], body["texture"], body["transfer"], True)
        world.card_locks[card["id"]] = threading.Lock()
        world.grants[name].append(card["id"])


def act_update_card(client: Client, world: World, rng: random.Random) -> None:
    with world.lock:
        if not world.cards:
            return
        card_id = rng.choice(list(world.cards))
        lock = world.card_locks[card_id]
    if not lock.acquire(blocking=False):
        world.count("card update skipped (card busy)")
        return
    try:
        body: dict[str, Any] = {
            "credit": rng.randint(0, 5000),
            "texture": rng.choice((None, str(uuid.uuid4()))),
            "transfer": rng.random() < 0.5,
            "active": rng.random() < 0.5,
        }
        response = client.call("updateGiftCard", "PUT", f"/v1/giftcards/{card_id}", world.key, json=body)
        if response is not None and response.status_code == 200:
            got = response.json()
            wrong = {k: got.get(k) for k, v in body.items() if got.get(k) != v}
            if wrong:
                client.recorder.violation(f"updateGiftCard {card_id}: response differs from the request: {wrong}")
            with world.lock:
                owner = world.cards[card_id].owner
                world.cards[card_id] = Card(owner, body["credit"], body["texture"], body["transfer"], body["active"])
    finally:
        lock.release()


def act_coupon(client: Client, world: World, rng: random.Random) -> None:
    """Apply a coupon and maybe revoke it, on one customer at a time; flags checked against a model."""
    name = rng.choice(world.customers)
    lock = world.coupon_locks[name]
    if not lock.acquire(blocking=False):
        world.count("coupon skipped (customer busy)")
        return
    try:
        coupon = rng.choice(world.coupons)
        scope = rng.choice((0, 1))
        product = rng.choice(world.products) if scope == 1 else ""
        selector = {"code": coupon["code"].swapcase()} if rng.random() < 0.5 else {"couponId": coupon["id"]}
        body: dict[str, Any] = {**selector, "scope": scope, "expiresInHours": rng.randint(1, 168)}
        if scope == 1:
            body["productId"] = product
        slot = (name, scope, product)
        response = client.call(
            "applyCoupon", "POST", f"/v1/customers/{name}/actions/apply-coupon", world.key, json=body
        )
        if response is None:
            return
        if response.status_code == 400:  # coupon_inactive (SOAK_ALLOWED checks the code)
            if coupon["active"]:
                client.recorder.violation(f"applyCoupon {coupon['code']}: 400 for an active coupon")
            return
        if response.status_code != 200:
            return
        if not coupon["active"]:
            client.recorder.violation(f"applyCoupon {coupon['code']}: inactive coupon was applied")
        applied = response.json()
        if applied["replaced"] != (slot in world.applied):
            client.recorder.violation(
                f"applyCoupon {name} {slot}: replaced={applied['replaced']}, model says {slot in world.applied}"
            )
        world.applied[slot] = coupon["id"]
        world.count("coupon applications")
        if rng.random() < 0.6:
            other = coupon if rng.random() < 0.5 else rng.choice(world.coupons)
            revoke = {"couponId": other["id"], "scope": scope}
            if scope == 1:
                revoke["productId"] = product
            response = client.call(
                "revokeCoupon", "POST", f"/v1/customers/{name}/actions/revoke-coupon", world.key, json=revoke
            )
            if response is not None and response.status_code == 200:
                expected = world.applied.get(slot) == other["id"]
                if response.json()["revoked"] != expected:
                    client.recorder.violation(
                        f"revokeCoupon {name} {slot}: revoked={response.json()['revoked']}, model says {expected}"
                    )
                if expected:
                    del world.applied[slot]
                    world.count("coupon revocations")
    finally:
        lock.release()


def act_walk_customers(client: Client, world: World, rng: random.Random) -> None:
    limit = rng.randint(3, 12)
    result = walk(client, "listCustomers", "/v1/customers", world.key, limit)
    if result is None:
        return
    pages, envelopes = result
    names = [row["username"] for page in pages for row in page]
    if len(names) != len(set(names)):
        client.recorder.violation(f"listCustomers walk (limit {limit}): duplicate rows")
    if set(names) != set(world.customers):
        client.recorder.violation(
            f"listCustomers walk (limit {limit}): {len(names)} rows, expected the {len(world.customers)} customers"
        )
    for envelope in envelopes:
        if envelope["pagination"]["limit"] != limit:
            client.recorder.violation(f"listCustomers: pagination.limit {envelope['pagination']['limit']} != {limit}")
    if any(len(page) != limit for page in pages[:-1]):
        client.recorder.violation(f"listCustomers walk (limit {limit}): a non-final page is short")
    if len(pages) >= 2:  # the last page's previousCursor gives the page before it
        cursor = envelopes[-1]["pagination"]["previousCursor"]
        response = client.call(
            "listCustomers", "GET", "/v1/customers", world.key, params={"limit": limit, "cursor": cursor}
        )
        if response is not None and response.status_code == 200:
            back = [row["username"] for row in response.json()["data"]]
            if back != [row["username"] for row in pages[-2]]:
                client.recorder.violation(f"listCustomers (limit {limit}): previousCursor page differs")
    world.count("customer list walks")


def act_walk_cards(client: Client, world: World, rng: random.Random) -> None:
    name = rng.choice(world.customers)
    with world.lock:
        must_see = set(world.grants[name]) | world.seeded_cards[name]
    limit = rng.randint(2, 6)
    result = walk(client, "listCustomerGiftCards", f"/v1/customers/{name}/giftcards", world.key, limit)
    if result is None:
        return
    ids = [row["id"] for page in result[0] for row in page]
    if len(ids) != len(set(ids)):
        client.recorder.violation(f"gift card walk of {name} (limit {limit}): duplicate rows")
    missing = must_see - set(ids)
    if missing:
        client.recorder.violation(f"gift card walk of {name}: {len(missing)} acknowledged card(s) missing")
    world.count("gift card list walks")


def act_read(client: Client, world: World, rng: random.Random) -> None:
    name = rng.choice(world.customers)
    if rng.random() < 0.5:
        response = client.call("getCustomerCredit", "GET", f"/v1/customers/{name}/credit", world.key)
    else:
        response = client.call("getCustomer", "GET", f"/v1/customers/{name}", world.key)
    if response is not None and response.status_code == 200:
        body = response.json()
        for member in ("credit", "restrictedCredit"):
            if not 0 <= body[member] <= CREDIT_LIMIT:
                client.recorder.violation(f"read {name}: {member} {body[member]} out of range")


ACTIONS: list[tuple[Callable[[Client, World, random.Random], None], int]] = [
    (lambda c, w, r: act_increment(c, w, r, restricted=False), 24),
    (lambda c, w, r: act_increment(c, w, r, restricted=True), 12),
    (act_set, 8),
    (act_grant, 8),
    (act_update_card, 8),
    (act_coupon, 10),
    (act_walk_customers, 3),
    (act_walk_cards, 5),
    (act_read, 12),
]
