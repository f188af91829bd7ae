"""Layer 6b: the credit rules, on both balances. A balance never passes the credit limit nor goes below zero: such
a change answers 400 (credit_limit_exceeded / insufficient_credit) and leaves the balance unchanged; a zero
delta and a zero gift-card grant are rejected; integers beyond int32 are a 400, never a 500."""

from __future__ import annotations

from typing import Any

import pytest

from ..assertions import ok, problem
from ..client import ApiClient
from ..spec import BALANCE_OPERATIONS

pytestmark = [pytest.mark.rules, pytest.mark.writes]

BALANCES = [pytest.param(ops, id=ops[2]) for ops in BALANCE_OPERATIONS]  # (set, increment, field)
INCREMENTS = [pytest.param((inc, set_op, field), id=field) for set_op, inc, field in BALANCE_OPERATIONS]
HUGE = [2**31, -(2**31) - 1, 2**53, 2**63, 2**64]


def balance(api: ApiClient, customer: str, field: str) -> int:
    return int(ok(api.call("getCustomerCredit", path={"identifier": customer}))[field])


def set_to(api: ApiClient, customer: str, set_op: str, value: int) -> dict[str, Any]:
    body: dict[str, Any] = ok(api.call(set_op, path={"identifier": customer}, json={"credit": value}))
    return body


@pytest.mark.parametrize("ops", BALANCES)
@pytest.mark.rule("{op}/x-rules/credit-limit")  # {op}: the set operation
def test_set_above_the_limit_is_refused(api, customer, settings, ops):
    set_op, _inc_op, field = ops
    limit = settings.credit_limit
    assert set_to(api, customer, set_op, limit)[field] == limit
    problem(api.call(set_op, path={"identifier": customer}, json={"credit": limit + 1}), 400, "credit_limit_exceeded")
    assert balance(api, customer, field) == limit, "a refused set changed the balance"


@pytest.mark.parametrize("ops", INCREMENTS)
@pytest.mark.rule("{op}/x-rules/credit-limit")  # {op}: the increment operation
def test_increment_may_reach_the_limit_but_not_pass_it(api, customer, settings, ops):
    inc_op, set_op, field = ops
    limit = settings.credit_limit
    set_to(api, customer, set_op, limit - 1)
    problem(api.call(inc_op, path={"identifier": customer}, json={"delta": 2}), 400, "credit_limit_exceeded")
    assert balance(api, customer, field) == limit - 1, "a refused increment changed the balance"
    assert ok(api.call(inc_op, path={"identifier": customer}, json={"delta": 1}))[field] == limit


@pytest.mark.parametrize("ops", BALANCES)
@pytest.mark.rule(
    "incrementCustomerCredit/x-rules/never-negative",
    "incrementCustomerRestrictedCredit/x-rules/never-negative",
    "/components/schemas/SetCustomerCreditRequest",
)
def test_balance_never_goes_below_zero(api, customer, ops):
    set_op, inc_op, field = ops
    set_to(api, customer, set_op, 3)
    problem(api.call(inc_op, path={"identifier": customer}, json={"delta": -4}), 400, "insufficient_credit")
    assert balance(api, customer, field) == 3, "a refused decrement changed the balance"
    assert ok(api.call(inc_op, path={"identifier": customer}, json={"delta": -3}))[field] == 0
    problem(api.call(set_op, path={"identifier": customer}, json={"credit": -1}), 400)
    assert balance(api, customer, field) == 0


@pytest.mark.parametrize("ops", BALANCES)
@pytest.mark.rule("/components/schemas/IncrementCustomerCreditRequest")
def test_zero_delta_is_rejected(api, customer, ops):
    set_op, inc_op, field = ops
    before = balance(api, customer, field)
    problem(api.call(inc_op, path={"identifier": customer}, json={"delta": 0}), 400)
    assert balance(api, customer, field) == before


@pytest.mark.parametrize("ops", BALANCES)
@pytest.mark.rule("{op}/x-rules/absolute", "/components/schemas/SetCustomerCreditRequest")
def test_set_with_empty_body_sets_zero(api, customer, ops):
    set_op, _, field = ops
    set_to(api, customer, set_op, 50)
    assert ok(api.call(set_op, path={"identifier": customer}, json={}))[field] == 0
    assert balance(api, customer, field) == 0


@pytest.mark.parametrize("ops", BALANCES)
@pytest.mark.parametrize("value", HUGE)
@pytest.mark.rule("/components/schemas/Amount")
def test_huge_integers_are_a_400(api, customer, ops, value):
    set_op, inc_op, field = ops
    before = balance(api, customer, field)
    problem(api.call(inc_op, path={"identifier": customer}, json={"delta": value}), 400)
    problem(api.call(set_op, path={"identifier": customer}, json={"credit": value}), 400)
    assert balance(api, customer, field) == before


@pytest.mark.parametrize("value", [12.5, "12", True, None])
@pytest.mark.rule("/components/schemas/SetCustomerCreditRequest")
def test_non_integer_amounts_are_a_400(api, customer, value):
    problem(api.call("setCustomerCredit", path={"identifier": customer}, json={"credit": value}), 400)


@pytest.mark.rule("/components/schemas/SetCustomerCreditRequest")
def test_whole_floats_count_as_integers(api, customer):
    assert ok(api.call("setCustomerCredit", path={"identifier": customer}, json={"credit": 12.0}))["credit"] == 12


@pytest.mark.parametrize("credit", [0, -1])
@pytest.mark.rule("/components/schemas/GrantGiftCardRequest")
def test_gift_card_grant_needs_credit(api, customer, credit):
    path = {"identifier": customer}
    before = len(ok(api.call("listCustomerGiftCards", path=path, params={"limit": 1000}))["data"])
    problem(api.call("grantGiftCard", path=path, json={"credit": credit}), 400)
    assert len(ok(api.call("listCustomerGiftCards", path=path, params={"limit": 1000}))["data"]) == before
