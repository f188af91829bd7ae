"""Unit tests of the conformance suite's parts (fast: no server, no subprocess)."""

from __future__ import annotations

import inspect
import json

import pytest

from allomancy_conformance import findings, problems, rules, st_compat
from allomancy_conformance.pacing import MAX_RETRIES, Pacer
from allomancy_conformance.redaction import REDACTED, redact
from allomancy_conformance.rules import Rule
from allomancy_conformance.run_keys import from_document, unknown_key
from allomancy_conformance.settings import DEFAULT_SPEC, SettingsError, check_writes, from_env
from allomancy_conformance.spec import index_of
from allomancy_conformance.st_config import bindings
from allomancy_conformance.tally import Tally

PROBLEM = {
    "type": "https://integrations.allomancy.net/errors/customer_not_found",
    "title": "Customer not found",
    "status": 404,
    "detail": "no",
    "code": "customer_not_found",
}


def test_a_valid_problem_passes() -> None:
    assert problems.violations(404, "application/problem+json", json.dumps(PROBLEM).encode()) == []
    assert problems.violations(200, "text/plain", b"anything") == []


@pytest.mark.parametrize(
    ("content_type", "change", "fragment"),
    [
        ("application/json", {}, "Content-Type"),
        ("application/problem+json", {"status": 400}, "does not match"),
        ("application/problem+json", {"code": None}, "'code' missing"),
        ("application/problem+json", {"type": "about:blank"}, "problem type"),
        ("application/problem+json", {"code": "Not-Found"}, "does not match ^"),
    ],
)
def test_problem_violations(content_type, change, fragment) -> None:
    body = {**PROBLEM, **change}
    found = problems.violations(404, content_type, json.dumps(body).encode())
    assert any(fragment in text for text in found), found


def test_non_json_error_body() -> None:
    assert any("not JSON" in text for text in problems.violations(500, "text/plain", b"Internal Server Error"))


def test_only_the_sandbox_is_written_to_unless_allowed() -> None:
    loopback = {"ALLOMANCY_BASE_URL": "http://127.0.0.1:8400", "ALLOMANCY_API_KEY": "k"}
    settings = from_env(loopback)  # a loopback server is not trusted until it identifies as the sandbox
    assert (settings.sandbox, settings.writes, settings.rate) == (False, False, 5.0)
    identified = settings.identified(True)
    assert (identified.sandbox, identified.writes, identified.guarded_writes, identified.rate) == (True, True, False, 0)
    with pytest.raises(SettingsError, match="ALLOMANCY_WRITE_CUSTOMER"):
        check_writes(from_env({**loopback, "ALLOMANCY_ALLOW_WRITES": "1"}))
    allowed = from_env({**loopback, "ALLOMANCY_ALLOW_WRITES": "1", "ALLOMANCY_WRITE_CUSTOMER": "some.one"})
    check_writes(allowed)
    assert allowed.writes and allowed.guarded_writes
    assert from_env({}).writes and not from_env({}).guarded_writes  # the embedded sandbox
    assert from_env({**loopback, "ALLOMANCY_MAX_RPS": "0"}).rate == 0
    assert from_env({**loopback, "ALLOMANCY_STRICT": "1"}).strict


def test_rules_are_classified_from_the_x_inferred_marks() -> None:
    index = rules.index()
    documented = index.rule("listCustomers/parameters/spentMoreThan")
    assert (documented.kind, documented.reason) == ("documented", None)
    assert documented.location == index.operation_pointer("listCustomers") + "/parameters/spentMoreThan"
    create = index.rule("createCoupon")  # an operation whose path itself is a guess
    assert create.kind == "inferred" and create.marked_at == index.operation_pointer("createCoupon") and create.reason
    revoke = index.rule("revokeCoupon")  # a documented operation: documented, with its doc page
    assert revoke.kind == "documented" and revoke.source and "customers" in revoke.source
    limit = index.rule("listCustomers/parameters/limit")  # through the $ref to components/parameters/Limit
    assert limit.kind == "documented"  # the parameter, its range and default are documented ...
    bound = index.rule("listCustomers/parameters/limit/schema/maximum")  # ... rejecting past the range is a guess
    assert (bound.kind, bound.marked_at) == (
        "inferred",
        "/components/parameters/Limit/schema/x-inferred-keywords/maximum",
    )
    throttle = index.rule(index.response_pointer("getStore", 429))
    assert throttle.marked_at == "/components/responses/TooManyRequests"
    amount = index.rule_in_schema(index.schema_pointer("getCustomer", 200), ["properties", "credit", "type"])
    assert amount.kind == "documented"  # a whole L$ amount is documented ...
    bound = index.rule_in_schema(index.schema_pointer("getCustomer", 200), ["properties", "credit", "maximum"])
    assert bound.marked_at == "/components/schemas/Amount/x-inferred-keywords/maximum"  # ... its int32 bound is not
    bundled = index.rule_in_schema(
        index.schema_pointer("getCustomer", 200), ["components", "schemas", "Amount", "maximum"]
    )
    assert bundled.marked_at == "/components/schemas/Amount/x-inferred-keywords/maximum"
    assert index.rule("/components/schemas/Pagination/properties/nextCursor").kind == "documented"


def test_verdict_fails_inferred_mismatches_only_against_the_sandbox_or_strict() -> None:
    tally = Tally()
    tally.find("getStore", Rule("/x", "a guess", "/x"), "server said 201", layer="L1")
    assert tally.verdict(sandbox=True, strict=False).passed is False
    assert tally.verdict(sandbox=False, strict=False).passed is True
    assert tally.verdict(sandbox=False, strict=True).passed is False
    tally.find("getStore", Rule("/y"), "server said 500", layer="L1")
    tally.find("getStore", Rule("/y"), "server said 500", layer="L1")  # the same finding again: counted once
    verdict = tally.verdict(sandbox=False, strict=False)
    assert (verdict.passed, verdict.documented, verdict.inferred) == (False, 1, 1)
    assert "FAILED" in verdict.line()


def test_throttle_judgement() -> None:
    good = json.dumps(
        {
            **PROBLEM,
            "status": 429,
            "code": "rate_limited",
            "type": PROBLEM["type"].replace("customer_not_found", "rate_limited"),
        }
    ).encode()
    assert findings.throttle_violations({"retry-after": "2"}, "application/problem+json", good) == []
    assert findings.throttle_violations({}, "application/problem+json", good) == ["429 without Retry-After"]
    assert (
        "not a number of seconds"
        in findings.throttle_violations(
            {"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, "application/problem+json", good
        )[0]
    )


def test_repro_is_one_line_without_the_key() -> None:
    key = unknown_key("allo_test_x")
    assert key.startswith("allo_test_") and unknown_key().startswith("allo_live_")
    line = findings.curl("POST", "http://h/v1/x", [("X-API-Key", key)], b'{"a":\n 1}')
    assert key not in line and "\n" not in line.replace("\\n", "") and line.startswith("curl ")
    raw = findings.raw_repro(b"GET / HTTP/1.1\r\nX-API-Key: " + key.encode() + b"\r\n\r\n", "127.0.0.1", 1, False)
    assert key not in raw and "\n" not in raw


def test_settings_never_show_the_key() -> None:
    settings = from_env({"ALLOMANCY_BASE_URL": "http://127.0.0.1:1", "ALLOMANCY_API_KEY": "allo_live_secret.sig"})
    assert "secret" not in repr(settings)


def test_keyring_from_a_keys_file() -> None:
    document = {
        "stores": [
            {"id": "s1", "keys": {"all": "A", "store:read": "R", "products:read": "P"}},
            {"id": "s2", "keys": {"all": "B"}},
        ]
    }
    keys = from_document(document, None)
    assert (keys.all_key, keys.other_store_key, keys.only("store:read")) == ("A", "B", "R")
    assert keys.lacking("store:read") == "P"
    assert "A" not in repr(keys) and "R" not in repr(keys).replace("Keyring", "")
    assert from_document(document, "B").all_key == "B" and from_document(document, "B").other_store_key == "A"


def test_redaction() -> None:
    key = unknown_key()
    text = f"curl -H 'X-API-Key: {key}' and secret123"
    cleaned = redact(text, ("secret123",))
    assert key not in cleaned and "secret123" not in cleaned and cleaned.count(REDACTED) == 2


def test_pacer_spaces_requests_and_honours_retry_after() -> None:
    slept: list[float] = []
    pacer = Pacer(max_rps=4, sleep=slept.append)
    for _ in range(3):
        pacer.wait_turn()
    # the fake sleep does not advance the clock: the 2nd request waits 1/4 s, the 3rd 2/4 s
    assert len(slept) == 2 and 0.2 < slept[0] <= 0.25 and 0.45 < slept[1] <= 0.5, slept
    assert pacer.retry_delay(429, {"retry-after": "3"}, 0) == 3.0
    assert pacer.retry_delay(429, {}, 0) == 1.0
    assert pacer.retry_delay(429, {"retry-after": "3"}, MAX_RETRIES) is None
    assert pacer.retry_delay(200, {}, 0) is None
    assert pacer.throttled == 2


def test_spec_index_reads_one_scope_per_operation() -> None:
    index = index_of(DEFAULT_SPEC)
    assert len(index.operations) == 39
    assert index["getCustomer"].scope == "customers:read" and index["deleteCategory"].scope == "categories:write"
    matched = index.match("GET", "/v1/customers/a.b/credit")
    assert matched is not None and matched.id == "getCustomerCredit"
    assert {op.id for op in index.operations if op.paginated} == {
        "listProducts",
        "listCategories",
        "listCategoryProducts",
        "listCouponsByOwner",
        "listCoupons",
        "listCustomers",
        "listCustomerGiftCards",
    }


def test_dictionary_bindings_skip_empty_dictionaries() -> None:
    index = index_of(DEFAULT_SPEC)
    found = bindings(index, {"customers", "products"})
    assert found["getCustomer"] == {"path.identifier": {"dictionary": "customers", "probability": 0.8}}
    assert "getCoupon" not in found and "path.productId" in found["addProductToCategory"]


def test_table_lists_every_operation_and_layer() -> None:
    tally = Tally()
    tally.case("getStore", "L1")
    tally.checked("getStore", "L1")
    tally.find("getStore", Rule("/a"), "broke a documented rule", layer="L1")
    tally.find("getStore", Rule("/b", "why", "/b"), "broke an inferred rule", layer="L1")
    tally.checked("getStore", "L7")
    text = tally.render(["getStore", "listProducts"])
    assert "getStore" in text and "listProducts" in text and "1!1?1" in text and "L8" in text
    assert tally.failed_layers() == ["L1"]
    detail = tally.render_findings(seed=7)
    assert "DOCUMENTED FAILURES" in detail and "INFERRED MISMATCHES" in detail and "x-inferred at /b: why" in detail


def test_schemathesis_allure_workaround_is_still_needed() -> None:
    """Remove allomancy_conformance/st_compat.py once Schemathesis stops importing allure_commons unconditionally."""
    source = inspect.getsource(st_compat._original)
    assert "import allure_commons" in source.split("allure_writers")[0], "upstream fixed it: drop st_compat"


def test_schemathesis_node_id_workaround_is_still_needed() -> None:
    """Drop the `_nodeid` property of st_compat once pytest nodes have the attribute again, or Schemathesis' lazy
    schemas stop writing it (layer 1 runs through one)."""
    import schemathesis.pytest.lazy

    assert st_compat.NODE_ID_MISSING, "pytest nodes have _nodeid again: drop the property in st_compat"
    assert "_nodeid" in inspect.getsource(schemathesis.pytest.lazy), "Schemathesis no longer renames: drop it"
