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

Run 2 (rate limiting on) is rate_limited.py. The client is soak_client.py, the world model world.py, the nine
actions actions.py.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from allomancy_conformance.launcher import SandboxProcess, launch

from .actions import ACTIONS
from .soak_client import Client
from .stats import Recorder
from .world import SOAK_ALLOWED, World, build_world, list_all


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
