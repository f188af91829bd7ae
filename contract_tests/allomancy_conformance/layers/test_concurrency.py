"""Layer 8: what must hold when clients race, on the writable customer only (its balances are put back).

- Increments and decrements of a balance sent by many clients at once sum exactly: the balance moves by the
  sum of the deltas the server accepted. An increment implemented as read-then-set loses concurrent updates,
  which defeats its purpose; the docs do not say "atomic", so this rule is inferred (the spec says so on the
  increment operations) and reported as such.
- A balance never passes its limits under a race: with room for k more L$, exactly k of many concurrent +1
  increments succeed (the others are 400 credit_limit_exceeded), and the same at the zero floor.

Requests are bounded: CLIENTS parallel clients, ROUNDS requests each.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from ..assertions import ok
from ..client import ApiClient, ApiResponse
from ..settings import Settings
from ..spec import BALANCE_OPERATIONS

pytestmark = [pytest.mark.concurrency, pytest.mark.writes]

CLIENTS = 8
ROUNDS = 6
ROOM = 5  # L$ of room left before a limit in the race tests
BALANCES = [pytest.param((inc, set_op, field), id=field) for set_op, inc, field in BALANCE_OPERATIONS]


def race(calls: list[Callable[[], ApiResponse]]) -> list[ApiResponse]:
    """Run the calls on CLIENTS threads at once (each in a copy of the test's context, so it counts in L8)."""
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        futures = [pool.submit(contextvars.copy_context().run, call) for call in calls]
        return [future.result(timeout=120) for future in futures]


def balance(api: ApiClient, customer: str, field: str) -> int:
    value = ok(api.call("getCustomerCredit", path={"identifier": customer}))[field]
    assert isinstance(value, int)
    return value


def increment(api: ApiClient, op: str, customer: str, delta: int) -> Callable[[], ApiResponse]:
    return lambda: api.call(op, path={"identifier": customer}, json={"delta": delta})


@pytest.mark.rule("{op}/x-rules/atomic")
@pytest.mark.parametrize("ops", BALANCES)
def test_concurrent_increments_sum_exactly(api: ApiClient, customer: str, ops: Any) -> None:
    inc_op, set_op, field = ops
    start = 1000
    ok(api.call(set_op, path={"identifier": customer}, json={"credit": start}))
    deltas = [(7 if n % 3 else -5) for n in range(CLIENTS * ROUNDS)]
    answers = race([increment(api, inc_op, customer, d) for d in deltas])
    accepted = [d for d, r in zip(deltas, answers, strict=True) if r.status == 200]
    assert len(accepted) == len(deltas), f"{len(deltas) - len(accepted)} increments within the limits were refused"
    final = balance(api, customer, field)
    expected = start + sum(accepted)
    assert final == expected, (
        f"{len(deltas)} concurrent {inc_op} calls (sum {sum(accepted):+d}) moved {field} from {start} to {final}, "
        f"not {expected}: {abs(expected - final)} L$ of concurrent updates were lost (read-then-set?)"
    )


def race_to_the_bounds(api: ApiClient, customer: str, settings: Settings, ops: Any) -> Iterator[tuple[Any, ...]]:
    """For the credit limit and the zero floor: put the balance ROOM away from the bound, race CLIENTS*2 calls of
    one step towards it, and yield (step, bound, expected refusal code, final balance, answers)."""
    inc_op, set_op, field = ops
    path = {"identifier": customer}
    for start, delta, bound, code in (
        (settings.credit_limit - ROOM, 1, settings.credit_limit, "credit_limit_exceeded"),
        (ROOM, -1, 0, "insufficient_credit"),
    ):
        ok(api.call(set_op, path=path, json={"credit": start}))
        answers = race([increment(api, inc_op, customer, delta) for _ in range(CLIENTS * 2)])
        yield delta, bound, code, balance(api, customer, field), answers


@pytest.mark.rule("{op}/x-rules/credit-limit")
@pytest.mark.parametrize("ops", BALANCES)
def test_limits_hold_under_a_race(api: ApiClient, customer: str, settings: Settings, ops: Any) -> None:
    """Documented: a balance never passes its limit nor goes below zero, and a refused call is a 400."""
    field = ops[2]
    for delta, bound, code, final, answers in race_to_the_bounds(api, customer, settings, ops):
        passed = final > bound if delta > 0 else final < bound
        assert not passed, f"{field} ended at {final} after a race of {delta:+d} calls: past its bound {bound}"
        wrong = [r.describe() for r in answers if r.status != 200 and (r.status != 400 or r.code != code)]
        assert not wrong, f"refused calls must be 400 {code}: {wrong[:2]}"


@pytest.mark.rule("{op}/x-rules/atomic")
@pytest.mark.parametrize("ops", BALANCES)
def test_a_race_to_a_bound_fills_it_exactly(api: ApiClient, customer: str, settings: Settings, ops: Any) -> None:
    """Inferred with atomic increments: with room for ROOM steps, exactly ROOM racing calls succeed."""
    field = ops[2]
    for delta, bound, _, final, answers in race_to_the_bounds(api, customer, settings, ops):
        accepted = sum(1 for r in answers if r.status == 200)
        assert final == bound, f"{field} ended at {final} after a race of {delta:+d} calls, not at {bound}"
        assert accepted == ROOM, f"{accepted} of {len(answers)} racing {delta:+d} calls succeeded with room for {ROOM}"
