"""The soak workload: mixed concurrent traffic against a live sandbox, then exact verification.

Run 1 (rate limiting off): N client threads for D seconds send credit increments of both signs
(credit and restricted credit), set-credit / set-restricted-credit, gift-card grants and updates,
coupon apply/revoke, list walks and reads. Afterwards every balance and every granted card is read
back and compared with what the clients were told:

- increment customers: final = start + sum of acknowledged (200) deltas, per balance (lost updates = 0);
- set customers (a separate set; each is driven by one client at a time under a per-customer lock):
  final = last acknowledged value;
- granted cards: each exists with the last acknowledged state, and each customer's card list is
  exactly the seeded cards plus the acknowledged grants (no lost and no ghost cards);
- coupon applications: `replaced` and `revoked` flags match a per-customer model (under a lock);
- list walks: no duplicates, nothing acknowledged before the walk is missing, previousCursor works;
- no 5xx, no transport error, every error is problem+json with a code from the spec, and only the
  expected codes occur (insufficient_credit, credit_limit_exceeded, coupon_inactive).

Run 2 (rate limiting on): N clients each complete T increment/read tasks, honouring Retry-After on
every 429. Checks: every 429 carries a valid Retry-After and is problem+json rate_limited, every
task completes, a 429'd increment is never applied (final balances exact), no 5xx.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import allomancy_spec
from allomancy_conformance.launcher import SandboxProcess, launch
from allomancy_conformance.problems import code_of as problem_code
from allomancy_conformance.problems import problem_errors

from .httpclient import HttpClient, Response, TransportError
from .stats import Recorder

CREDIT_LIMIT = 1_000_000  # the sandbox default (SANDBOX_CREDIT_LIMIT); set-credit values stay far below it
MAX_WALK_PAGES = 200


# ---------------------------------------------------------------------------------------------- client


class Client:
    """One simulated client: its own HTTP connection, recording every outcome."""

    def __init__(
        self,
        base_url: str,
        recorder: Recorder,
        timeout: float,
        allowed: dict[str, set[tuple[int, str]]],
        extra_allowed: set[tuple[int, str]] | None = None,
    ) -> None:
        self.http = HttpClient(base_url, timeout)
        self.recorder = recorder
        self.allowed = allowed
        self.extra_allowed = extra_allowed or set()

    def close(self) -> None:
        self.http.close()

    def call(
        self, op: str, method: str, path: str, key: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> Response | None:
        started = time.perf_counter()
        try:
            response = self.http.request(method, path, headers={"X-API-Key": key}, json=json, params=params)
        except TransportError as exc:
            self.recorder.transport_error(op, exc)
            self.recorder.violation(f"{op}: transport error {type(exc).__name__}: {exc}")
            return None
        elapsed = time.perf_counter() - started
        status = response.status_code
        code = None
        if status >= 400:
            code = problem_code(response.content) or "?"
            for error in problem_errors(status, response.headers.get("content-type"), response.content):
                self.recorder.violation(f"{op} {method} {path} -> {status}: {error}")
            expected = self.allowed.get(op, set()) | self.extra_allowed
            if (status, code) not in expected:
                self.recorder.violation(f"{op} {method} {path} -> unexpected {status} {code}: {response.text[:200]}")
        elif status not in (200, 204):
            self.recorder.violation(f"{op} {method} {path} -> unexpected status {status}")
        self.recorder.record(op, status, elapsed, code)
        return response


def walk(
    client: Client,
    op: str,
    path: str,
    key: str,
    limit: int,
    params: dict[str, Any] | None = None,
) -> tuple[list[list[dict[str, Any]]], list[dict[str, Any]]] | None:
    """Follow nextCursor from the first page; returns (pages, envelopes) or None on a failed request."""
    pages: list[list[dict[str, Any]]] = []
    envelopes: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(MAX_WALK_PAGES):
        query = {**(params or {}), "limit": limit}
        if cursor is not None:
            query["cursor"] = cursor
        response = client.call(op, "GET", path, key, params=query)
        if response is None or response.status_code != 200:
            return None
        envelope = response.json()
        pages.append(envelope["data"])
        envelopes.append(envelope)
        cursor = envelope["pagination"]["nextCursor"]
        if cursor is None:
            return pages, envelopes
    client.recorder.violation(f"{op}: walk of {path} did not end within {MAX_WALK_PAGES} pages")
    return None


# ---------------------------------------------------------------------------------------------- soak state


@dataclass
class Card:
    owner: str
    credit: int
    texture: str | None
    transfer: bool
    active: bool


@dataclass
class World:
    """What the clients were told (acknowledged writes), guarded by locks."""

    key: str
    customers: list[str]  # usernames, list order
    uuids: dict[str, str]
    inc_customers: list[str]
    set_customers: list[str]
    start: dict[str, tuple[int, int]]
    coupons: list[dict[str, Any]]
    products: list[str]
    seeded_cards: dict[str, set[str]]
    lock: threading.Lock = field(default_factory=threading.Lock)
    inc_acked: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    set_last: dict[str, list[int]] = field(default_factory=dict)
    set_locks: dict[str, threading.Lock] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    card_locks: dict[str, threading.Lock] = field(default_factory=dict)
    grants: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    coupon_locks: dict[str, threading.Lock] = field(default_factory=dict)
    applied: dict[tuple[str, int, str], str] = field(default_factory=dict)  # (customer, scope, product) -> coupon
    counters: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def count(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.counters[name] += n


SOAK_ALLOWED: dict[str, set[tuple[int, str]]] = {
    "incrementCredit": {(400, "insufficient_credit"), (400, "credit_limit_exceeded")},
    "incrementRestrictedCredit": {(400, "insufficient_credit"), (400, "credit_limit_exceeded")},
    "applyCoupon": {(400, "coupon_inactive")},
}


def list_all(
    client: Client,
    op: str,
    path: str,
    key: str,
    params: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    result = walk(client, op, path, key, 1000, params)
    if result is None:
        raise RuntimeError(f"could not list {path}")
    return [row for page in result[0] for row in page]


def build_world(client: Client, key: str, rng: random.Random) -> World:
    customers = list_all(client, "setup", "/v1/customers", key)
    names = [c["username"] for c in customers]
    start = {c["username"]: (c["credit"], c["restrictedCredit"]) for c in customers}
    set_customers = names[4::5]  # every fifth customer: a separate set for set-credit traffic
    inc_customers = [n for n in names if n not in set_customers]
    coupons = list_all(client, "setup", "/v1/coupons", key)
    products = [p["id"] for p in list_all(client, "setup", "/v1/products", key)]
    seeded = {n: {g["id"] for g in list_all(client, "setup", f"/v1/customers/{n}/giftcards", key)} for n in names}
    world = World(
        key=key,
        customers=names,
        uuids={c["username"]: c["uuid"] for c in customers},
        inc_customers=inc_customers,
        set_customers=set_customers,
        start=start,
        coupons=coupons,
        products=products,
        seeded_cards=seeded,
    )
    world.set_locks = {n: threading.Lock() for n in set_customers}
    world.coupon_locks = {n: threading.Lock() for n in names}
    return world


# ---------------------------------------------------------------------------------------------- soak actions


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


# ---------------------------------------------------------------------------------------------- soak run


@dataclass
class SoakResult:
    clients: int
    duration: float
    elapsed: float
    recorder: Recorder
    checks: list[tuple[str, str, str, bool]]  # (check, expected, observed, ok)
    lost_updates: int
    counters: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.recorder.violations and all(ok for *_, ok in self.checks)


def verify_world(client: Client, world: World) -> tuple[list[tuple[str, str, str, bool]], int]:
    checks: list[tuple[str, str, str, bool]] = []
    key = world.key
    lost = 0
    mismatched: list[str] = []
    for name in world.inc_customers:
        response = client.call("verify", "GET", f"/v1/customers/{name}/credit", key)
        if response is None or response.status_code != 200:
            mismatched.append(f"{name}: unreadable")
            continue
        body = response.json()
        expected = [world.start[name][i] + world.inc_acked[name][i] for i in (0, 1)]
        for i, member in enumerate(("credit", "restrictedCredit")):
            if body[member] != expected[i]:
                lost += 1
                mismatched.append(f"{name}.{member}: {body[member]} != {expected[i]}")
    checks.append(
        (
            "increment balances = start + acked deltas",
            f"{2 * len(world.inc_customers)} exact",
            f"{2 * len(world.inc_customers) - lost} exact",
            not mismatched,
        )
    )
    wrong_sets: list[str] = []
    for name in world.set_customers:
        response = client.call("verify", "GET", f"/v1/customers/{name}/credit", key)
        if response is None or response.status_code != 200:
            wrong_sets.append(f"{name}: unreadable")
            continue
        body = response.json()
        expected = world.set_last.get(name, list(world.start[name]))
        observed = [body["credit"], body["restrictedCredit"]]
        if observed != expected:
            lost += sum(1 for a, b in zip(observed, expected, strict=True) if a != b)
            wrong_sets.append(f"{name}: {observed} != last acked {expected}")
    checks.append(
        (
            "set balances = last acked value",
            f"{2 * len(world.set_customers)} exact",
            "all exact" if not wrong_sets else "; ".join(wrong_sets[:3]),
            not wrong_sets,
        )
    )
    wrong_cards: list[str] = []
    for card_id, card in world.cards.items():
        response = client.call("verify", "GET", f"/v1/giftcards/{card_id}", key)
        if response is None or response.status_code != 200:
            wrong_cards.append(f"{card_id}: {response.status_code if response is not None else 'no answer'}")
            continue
        got = response.json()
        state = {
            "ownerUuid": world.uuids[card.owner],
            "credit": card.credit,
            "texture": card.texture,
            "transfer": card.transfer,
            "active": card.active,
        }
        if any(got.get(k) != v for k, v in state.items()):
            wrong_cards.append(f"{card_id}: {got} != {state}")
    checks.append(
        (
            "granted cards present with last acked state",
            f"{len(world.cards)} cards",
            f"{len(world.cards) - len(wrong_cards)} match",
            not wrong_cards,
        )
    )
    ghost: list[str] = []
    for name in world.customers:
        ids = {g["id"] for g in list_all(client, "verify", f"/v1/customers/{name}/giftcards", key)}
        expected_ids = world.seeded_cards[name] | set(world.grants[name])
        if ids != expected_ids:
            ghost.append(f"{name}: {len(ids)} cards, expected {len(expected_ids)}")
    checks.append(
        (
            "card lists = seeded + acked grants",
            "exact per customer",
            "exact" if not ghost else "; ".join(ghost[:3]),
            not ghost,
        )
    )
    for line in (mismatched + wrong_sets + wrong_cards + ghost)[:20]:
        client.recorder.violation(f"verify: {line}")
    return checks, lost


def _client_loop(client: Client, world: World, rng: random.Random, deadline: float) -> None:
    actions = [a for a, _ in ACTIONS]
    weights = [w for _, w in ACTIONS]
    while time.monotonic() < deadline:
        rng.choices(actions, weights)[0](client, world, rng)


def run_soak(
    clients: int = 32,
    duration: float = 20.0,
    seed: int = 1,
    timeout: float = 30.0,
    log: Callable[[str], None] = print,
    server_workers: int = 1,
) -> SoakResult:
    """Start a sandbox (rate limiting off, `server_workers` processes), run mixed traffic, verify, stop it."""
    recorder = Recorder()
    box = launch({"SANDBOX_WORKERS": str(server_workers)})
    try:
        key = box.key("all")
        setup_client = Client(box.base_url, Recorder(), timeout, SOAK_ALLOWED)
        world = build_world(setup_client, key, random.Random(seed))
        log(
            f"soak: sandbox on {box.base_url}; {len(world.customers)} customers ({len(world.inc_customers)}"
            f" increment, {len(world.set_customers)} set), {len(world.coupons)} coupons;"
            f" {clients} clients for {duration:g} s"
        )
        workers = [Client(box.base_url, recorder, timeout, SOAK_ALLOWED) for _ in range(clients)]
        started = time.monotonic()
        deadline = started + duration
        threads = [
            threading.Thread(
                target=_client_loop,
                args=(w, world, random.Random(seed * 1000 + i), deadline),
                daemon=True,
                name=f"soak-{i}",
            )
            for i, w in enumerate(workers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=duration + timeout + 30)
            if thread.is_alive():
                recorder.violation(f"{thread.name} did not finish")
        elapsed = time.monotonic() - started
        for worker in workers:
            worker.close()
        verifier = Client(box.base_url, Recorder(), timeout, SOAK_ALLOWED)  # not part of the load figures
        checks, lost = verify_world(verifier, world)
        verifier.close()
        setup_client.close()
        for text in setup_client.recorder.violations + verifier.recorder.violations:
            recorder.violation(text)
        checks.append(("no 5xx", "0", str(recorder.count_5xx()), recorder.count_5xx() == 0))
        transport = sum(recorder.transport_errors.values())
        checks.append(("no transport errors", "0", str(transport), transport == 0))
        checks.extend(server_health_checks(box))
        return SoakResult(clients, duration, elapsed, recorder, checks, lost, dict(world.counters))
    finally:
        box.cleanup()


def server_health_checks(box: SandboxProcess) -> list[tuple[str, str, str, bool]]:
    alive = box.alive()
    _, request_log = box.split_log()
    tracebacks = request_log.count("Traceback") + request_log.count("internal error")
    return [
        ("server still running", "yes", "yes" if alive else "no", alive),
        ("no tracebacks in server log", "0", str(tracebacks), tracebacks == 0),
    ]


# ---------------------------------------------------------------------------------------------- rate-limited run


@dataclass
class RateLimitResult:
    clients: int
    tasks: int
    completed: int
    abandoned: int
    elapsed: float
    rate: float
    burst: int
    count_429: int
    missing_retry_after: int
    bad_retry_after: int
    max_retry_after: int
    recorder: Recorder
    checks: list[tuple[str, str, str, bool]]

    @property
    def ok(self) -> bool:
        return not self.recorder.violations and all(ok for *_, ok in self.checks)


RL_ALLOWED: dict[str, set[tuple[int, str]]] = {}


class PoliteClient(Client):
    """A client that retries after a 429, waiting the Retry-After it was given."""

    def __init__(
        self,
        base_url: str,
        recorder: Recorder,
        timeout: float,
        allowed: dict[str, set[tuple[int, str]]],
        *,
        deadline: float,
        max_attempts: int,
        stats: dict[str, int],
        stats_lock: threading.Lock,
    ) -> None:
        super().__init__(base_url, recorder, timeout, allowed, extra_allowed={(429, "rate_limited")})
        self.deadline = deadline
        self.max_attempts = max_attempts
        self.stats = stats
        self.stats_lock = stats_lock

    def _bump(self, name: str, value: int = 1, maximum: bool = False) -> None:
        with self.stats_lock:
            self.stats[name] = max(self.stats[name], value) if maximum else self.stats[name] + value

    def polite(self, op: str, method: str, path: str, key: str, **kwargs: Any) -> Response | None:
        for _ in range(self.max_attempts):
            response = self.call(op, method, path, key, **kwargs)
            if response is None or response.status_code != 429:
                return response
            self._bump("429")
            raw = response.headers.get("retry-after")
            if raw is None:
                self._bump("missing_retry_after")
                self.recorder.violation(f"{op}: 429 without Retry-After")
                wait = 1
            elif not 1 <= (allomancy_spec.retry_after_seconds(raw) or 0) <= 3600:
                self._bump("bad_retry_after")
                self.recorder.violation(f"{op}: 429 with Retry-After {raw!r} (want delta-seconds 1..3600)")
                wait = 1
            else:
                wait = int(raw)
                self._bump("max_retry_after", wait, maximum=True)
            if time.monotonic() + wait > self.deadline:
                return response
            time.sleep(wait + random.uniform(0, 0.2))  # honour Retry-After (plus a little jitter)
        return None


def run_rate_limited(
    clients: int = 32,
    tasks_per_client: int = 12,
    rate: float = 20.0,
    burst: int = 10,
    deadline_seconds: float = 90.0,
    timeout: float = 30.0,
    seed: int = 2,
    log: Callable[[str], None] = print,
    server_workers: int = 1,
) -> RateLimitResult:
    """SandboxProcess with SANDBOX_RATE_LIMIT=rate per key: polite clients must all finish their tasks."""
    recorder = Recorder()
    # With several server workers each has its own buckets: a key may get up to that many times the rate.
    box = launch(
        {"SANDBOX_RATE_LIMIT": str(rate), "SANDBOX_RATE_BURST": str(burst), "SANDBOX_WORKERS": str(server_workers)}
    )
    stats: dict[str, int] = defaultdict(int)
    stats_lock = threading.Lock()
    try:
        setup_deadline = time.monotonic() + deadline_seconds
        list_key = box.key("customers:read")  # its own bucket: setup and verification do not steal tokens
        setup = PoliteClient(
            box.base_url,
            Recorder(),
            timeout,
            RL_ALLOWED,
            deadline=setup_deadline,
            max_attempts=1000,
            stats=defaultdict(int),
            stats_lock=threading.Lock(),
        )

        def balances() -> dict[str, int]:
            """Every customer's credit, from ONE list request (so verification costs one token)."""
            reply = setup.polite("setup", "GET", "/v1/customers", list_key, params={"limit": 1000})
            if reply is None or reply.status_code != 200 or reply.json()["pagination"]["nextCursor"] is not None:
                raise RuntimeError("rate-limited run: could not list customers in one page")
            return {c["username"]: int(c["credit"]) for c in reply.json()["data"]}

        start_all = balances()
        names = [n for n, credit in start_all.items() if credit < CREDIT_LIMIT - 10_000]
        targets = names[:clients] if len(names) >= clients else [names[i % len(names)] for i in range(clients)]
        start = {name: start_all[name] for name in set(targets)}
        keys = [box.key("all"), box.key("credits:write")]
        acked: dict[str, int] = defaultdict(int)
        completed = [0]
        abandoned = [0]
        lock = threading.Lock()
        log(
            f"rate-limited run: sandbox on {box.base_url}; {rate:g} req/s per key, burst {burst};"
            f" {clients} clients x {tasks_per_client} tasks over {len(keys)} keys"
        )
        started = time.monotonic()
        deadline = started + deadline_seconds

        def worker(index: int) -> None:
            client = PoliteClient(
                box.base_url,
                recorder,
                timeout,
                RL_ALLOWED,
                deadline=deadline,
                max_attempts=100,
                stats=stats,
                stats_lock=stats_lock,
            )
            rng = random.Random(seed * 1000 + index)
            key = keys[index % len(keys)]
            name = targets[index]
            try:
                for task in range(tasks_per_client):
                    if key == keys[0] and task % 3 == 2:  # the all-scopes key also reads
                        reply = client.polite("getCustomerCredit", "GET", f"/v1/customers/{name}/credit", key)
                        ok = reply is not None and reply.status_code == 200
                    else:
                        path = f"/v1/customers/{name}/actions/increment-credit"
                        reply = client.polite("incrementCredit", "POST", path, key, json={"delta": 1})
                        ok = reply is not None and reply.status_code == 200
                        if ok:
                            with lock:
                                acked[name] += 1
                    with lock:
                        if ok:
                            completed[0] += 1
                        else:
                            abandoned[0] += 1
                    time.sleep(rng.uniform(0, 0.01))
            finally:
                client.close()

        threads = [threading.Thread(target=worker, args=(i,), daemon=True, name=f"rl-{i}") for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=deadline_seconds + timeout + 10)
            if thread.is_alive():
                recorder.violation(f"{thread.name} did not finish")
        elapsed = time.monotonic() - started
        setup.deadline = time.monotonic() + deadline_seconds
        final = balances()
        wrong = [f"{n}: {final[n]} != {start[n] + acked[n]}" for n in start if final[n] != start[n] + acked[n]]
        setup.close()
        for text in setup.recorder.violations:
            recorder.violation(text)
        total = clients * tasks_per_client
        checks = [
            ("all tasks completed", str(total), str(completed[0]), completed[0] == total),
            ("rate limiting exercised (429 seen)", ">0", str(stats["429"]), stats["429"] > 0),
            (
                "every 429 has Retry-After (delta-seconds)",
                "0 missing/bad",
                f"{stats['missing_retry_after']} missing, {stats['bad_retry_after']} bad",
                stats["missing_retry_after"] == 0 and stats["bad_retry_after"] == 0,
            ),
            (
                "balances = start + acked increments (429s not applied)",
                "exact",
                "exact" if not wrong else "; ".join(wrong[:3]),
                not wrong,
            ),
            ("no 5xx", "0", str(recorder.count_5xx()), recorder.count_5xx() == 0),
            *server_health_checks(box),
        ]
        return RateLimitResult(
            clients,
            total,
            completed[0],
            abandoned[0],
            elapsed,
            rate,
            burst,
            stats["429"],
            stats["missing_retry_after"],
            stats["bad_retry_after"],
            stats["max_retry_after"],
            recorder,
            checks,
        )
    finally:
        box.cleanup()
