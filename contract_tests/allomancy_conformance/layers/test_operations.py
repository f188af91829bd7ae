"""Layer 1: every operation with positive and negative data, all built-in checks plus problem_json, through the
examples, coverage and fuzzing phases. Path, query and body identifiers are drawn from the real objects found at
session start (catalog.py), so most requests reach a handler instead of a 404.

Against a server that is not the sandbox only the read operations are fuzzed: generated writes cannot be confined to
the suite's own objects.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis

from .. import session
from ..session import Session

pytestmark = pytest.mark.operations


def left_out(ctx: Any) -> bool:
    """Operations this run must not fuzz, decided when the test runs (the session is open by then): writes against a
    server that is not the sandbox, and the customer surface when the run has no customer token."""
    run = session.current()
    operation = ctx.operation
    if not run.settings.sandbox and operation.method.upper() != "GET":
        return True
    return run.customer is None and operation.path in {op.path for op in run.index.customer_operations}


# The schema comes from the fixture `fuzzed_schema` (fixtures.py) when the test runs, not when this module is
# imported: it carries the run's catalog, which only the target can tell. Schemathesis then runs one subtest per
# operation (reported per operation, as `test_operation[GET /v1/store]`). Filters must sit here, on the lazy
# schema: Schemathesis 4.32.5 replaces the fixture schema's own filters with these when it loads it.
schema = schemathesis.pytest.from_fixture("fuzzed_schema").exclude(func=left_out)


@schema.parametrize()
def test_operation(case: Any, suite_session: Session) -> None:
    case.call_and_validate(session=suite_session.http_session)
