"""The docs copy labels the customer surface's operations with the customer token, not with an API-key scope."""

from __future__ import annotations

from scripts.docs_spec import docs_copy, scope_text
from tests.spec.spec_loader import SPEC_PATH, load_spec


def test_token_requirement_reads_as_customer_token_auth() -> None:
    assert (
        scope_text([{"customerToken": []}]) == "**Auth:** a customer token in `X-Customer-Token` (no API key, no scope)"
    )
    assert scope_text([{"apiKey": ["a"]}]) == "**Scope:** `a`"


def test_every_customer_page_operation_says_it_takes_the_token() -> None:
    copy = docs_copy(load_spec(SPEC_PATH))
    seen = 0
    for item in copy["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("tags") == ["Customer page"]:
                seen += 1
                assert op["description"].startswith("**Auth:** a customer token in `X-Customer-Token`")
    assert seen == 13
    assert copy["components"]["securitySchemes"]["customerToken"]["name"] == "X-Customer-Token"
