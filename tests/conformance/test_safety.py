"""The suite is safe against anything it did not start. A sandbox stands in for a live store by posing as a server
that is not the sandbox (tests/conformance/broken with CONFORMANCE_POSE=foreign: its identifying header is
stripped), on a loopback address:

- by default it sends only reads (checked in the server's access log), apart from the inert hostile-input cases
  (allomancy_conformance/layers/test_hostile.py: writes that cannot authenticate or parse, aimed at unknown
  ids), which must all be refused with a 4xx; it honours 429 + Retry-After from a server that throttles every
  N-th request (by count, so the 429s are certain whatever the machine's speed) and still passes;
- with --allow-writes it changes nothing that existed before except the named customer, whom it puts back
  (checked by reading every store's objects before and after the run);
- against a server whose pagination loops, the run stops each walk at the first repeat and names the loop,
  within a bounded number of requests;
- against a foreign server with one inferred rule changed and one documented rule broken it finds exactly one
  documented failure and one inferred mismatch, each with its spec location.
"""

from __future__ import annotations

import re

import httpx
import pytest

from allomancy_conformance import rules

from .runner import ALL_PHASES, run_against

pytestmark = [pytest.mark.conformance_selftest, pytest.mark.slow]

BROKEN = "tests.conformance.broken"
WRITE_LINE = re.compile(r'"(POST|PUT|DELETE|PATCH) /')
REFUSED = re.compile(r'HTTP/[0-9.]+" 4\d\d')  # the inert hostile-input writes: refused before doing anything
WRITE_CUSTOMER = "brass.vin"  # a customer of the first seeded store only
FOREIGN = {"CONFORMANCE_DEFECT": "none", "CONFORMANCE_POSE": "foreign"}
THROTTLE_EVERY = 40


def test_read_only_against_a_loopback_server_that_is_not_the_sandbox_and_429s() -> None:
    run = run_against(
        BROKEN,
        server_env={**FOREIGN, "CONFORMANCE_THROTTLE_EVERY": str(THROTTLE_EVERY)},
        suite_env={"ALLOMANCY_MAX_RPS": "0", **ALL_PHASES},  # coverage probes too
    )
    assert run.code == 0, f"the read-only run failed:\n{run.output[-6000:]}"
    requests = [line for line in run.server_log.splitlines() if '" ' in line and "HTTP/" in line]
    assert len(requests) > 100, f"the access log shows {len(requests)} requests: the check below proves nothing"
    writes = [line for line in requests if WRITE_LINE.search(line) and not REFUSED.search(line)]
    assert not writes, f"{len(writes)} write requests reached the server, e.g. {writes[:3]}"
    assert "(not the sandbox)" in run.output and "writes: off" in run.output
    # every THROTTLE_EVERY-th request was a 429: as many as the run sent, divided; all judged and re-sent
    assert run.summary["throttled"] >= len(requests) // THROTTLE_EVERY - 1 > 0, run.summary["throttled"]
    assert not run.findings(), run.findings()
    notes = " ".join(run.summary.get("notes", []))
    assert "write operations are off" in notes and "read operations only" in notes, notes
    assert not run.leaks(), run.leaks()


def snapshot(base_url: str, keys: dict) -> dict[str, dict[str, dict]]:
    """Every listable object of every store, by (store, kind, id)."""
    state: dict[str, dict[str, dict]] = {}
    with httpx.Client(base_url=base_url, timeout=30) as http:
        for store in keys["stores"]:
            headers = {"X-API-Key": store["keys"]["all"]}

            def rows(path: str) -> list[dict]:
                response = http.get(path, params={"limit": 1000}, headers=headers)  # noqa: B023
                response.raise_for_status()
                return response.json()["data"]

            customers = rows("/v1/customers")
            kinds = {
                "customer": {c["uuid"]: c for c in customers},
                "product": {p["id"]: p for p in rows("/v1/products")},
                "category": {c["id"]: c for c in rows("/v1/categories")},
                "coupon": {c["id"]: c for c in rows("/v1/coupons")},
                "giftcard": {g["id"]: g for c in customers for g in rows(f"/v1/customers/{c['uuid']}/giftcards")},
            }
            for kind, objects in kinds.items():
                state[f"{store['id']}/{kind}"] = objects
    return state


def test_writes_against_a_foreign_server_touch_only_own_objects_and_the_named_customer() -> None:
    captured: dict[str, dict] = {}

    def before(server) -> None:
        captured["before"] = snapshot(server.base_url, server.keys)

    def after(server, run) -> None:
        captured["after"] = snapshot(server.base_url, server.keys)

    run = run_against(
        BROKEN,
        server_env=FOREIGN,
        suite_env={"ALLOMANCY_MAX_RPS": "0", "ALLOMANCY_WRITE_CUSTOMER": WRITE_CUSTOMER},
        args=("--allow-writes",),
        before=before,
        after=after,
    )
    assert run.code == 0, f"the guarded write run failed:\n{run.output[-6000:]}"
    changed = []
    for collection, objects in captured["before"].items():
        now = captured["after"][collection]
        changed += [f"{collection}/{oid}" for oid, obj in objects.items() if now.get(oid) != obj]
    assert not changed, f"pre-existing objects changed (the named customer included: it must be put back): {changed}"
    created = sum(len(set(captured["after"][c]) - set(objects)) for c, objects in captured["before"].items())
    assert created > 0, "the run created no objects of its own: the write layers did not run"
    assert not run.leaks(), run.leaks()


def test_a_looping_pagination_ends_quickly_and_is_named() -> None:
    run = run_against(BROKEN, server_env={"CONFORMANCE_DEFECT": "pagination-loop"})
    assert run.code != 0, run.output[-3000:]
    loops = [f for f in run.findings() if "loops" in f["what"]]
    assert loops, f"no finding names the loop:\n{run.output[-3000:]}"
    assert all(f["location"].endswith("/nextCursor") and f["kind"] == "documented" for f in loops), loops
    assert "the walk loops" in run.output
    # bounded by what the run needs, not by the page cap: a clean quick run sends a few thousand requests
    assert run.summary["totals"]["cases"] < 15_000, run.summary["totals"]


def test_one_inferred_and_one_documented_rule_broken_on_a_foreign_server() -> None:
    """null-ban-body breaks an inferred rule (banCustomer's x-rules/null-body is marked), spend-filter-inclusive a
    documented one (the spentMoreThan filter); the two tests that check them run against both defects at once."""
    run = run_against(
        BROKEN,
        server_env={
            "CONFORMANCE_DEFECT": "null-ban-body+spend-filter-inclusive",
            "CONFORMANCE_POSE": "foreign",
        },
        suite_env={"ALLOMANCY_MAX_RPS": "0", "ALLOMANCY_WRITE_CUSTOMER": WRITE_CUSTOMER},
        args=("--allow-writes", "--", "-k", "test_ban_body_rules or test_customers_spent_more_than"),
    )
    documented, inferred = run.findings("documented"), run.findings("inferred")
    assert len(documented) == 1 and len(inferred) == 1, run.findings()
    assert documented[0]["location"].endswith("/parameters/spentMoreThan"), documented
    assert inferred[0]["location"].endswith("/x-rules/null-body") and inferred[0]["reason"], inferred
    assert documented[0]["source"] and "customers" in documented[0]["source"], documented  # where to read the rule
    assert run.code != 0, "a documented failure fails the run against any server"
    assert "INFERRED MISMATCHES" in run.output and "DOCUMENTED FAILURES" in run.output


# One documented and one inferred rule broken in each of three operations (the set-credit action, the customer's
# transactions, the customer's redeem), on a server that does not identify as the sandbox.
THREE_OPERATIONS = {
    "set-empty-keeps": ("setCustomerCredit", "documented", "/x-rules/absolute"),
    "set-past-limit": ("setCustomerCredit", "inferred", "/x-rules/credit-limit"),
    "payer-fields-leak": ("listCustomerTransactions", "documented", "/x-rules/payer-only"),
    "transactions-store-lax": ("listCustomerTransactions", "inferred", "/responses/400"),
    "redeem-answers-object": ("redeemCustomerGiftCard", "documented", "/responses/200"),
    "redeem-disabled": ("redeemCustomerGiftCard", "inferred", "/x-rules/refusals"),
}


def test_three_operations_each_with_a_documented_and_an_inferred_rule_broken() -> None:
    run = run_against(
        BROKEN,
        server_env={"CONFORMANCE_DEFECT": "+".join(THREE_OPERATIONS), "CONFORMANCE_POSE": "foreign"},
        # the customer the run may change is also the one whose page is read: one who received a purchase another
        # customer paid for, so leaked payer-only fields show
        suite_env={"ALLOMANCY_MAX_RPS": "0", "ALLOMANCY_WRITE_CUSTOMER": "resident.username"},
        args=("--allow-writes", "--layers", "rules or pagination"),
    )
    index = rules.index()
    findings = run.findings()
    for defect, (operation, kind, below) in THREE_OPERATIONS.items():
        location = index.operation_pointer(operation) + below
        found = [f for f in findings if f["location"].startswith(location)]
        assert found, f"{defect}: no finding at {location}:\n" + "\n".join(f["location"] for f in findings)
        for finding in found:
            assert finding["kind"] == kind, (defect, finding)
            if kind == "documented":  # a documented finding says where the docs state the rule
                assert finding["source"] and not finding["reason"], finding
            else:  # an inferred one gives the mark's reason and where it sits
                assert finding["reason"] and finding["marked_at"] and not finding["source"], finding
    assert {f["kind"] for f in findings} == {"documented", "inferred"}, findings
    assert run.code == 1, "documented failures fail a run against any server"
