"""What the suite adds to Schemathesis: the problem+json check (layer 7) and hooks that count cases and checks.

Importing this module registers them globally, for every Schemathesis call of the run (parametrized tests and
the state machine alike).
"""

from __future__ import annotations

import schemathesis
from schemathesis.engine import Status

from . import problems
from .tally import PROBLEM_LAYER, TALLY


def _operation_id(case: schemathesis.Case) -> str | None:
    return case.operation.definition.raw.get("operationId")


@schemathesis.check
def problem_json(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case) -> None:
    """Every 4xx/5xx is application/problem+json with type, title, status (= HTTP status), detail and code."""
    values = response.headers.get("content-type") or []  # lower-case keys, list values
    content_type = values[0] if values else None
    found = problems.violations(response.status_code, content_type, response.content)
    if found:
        raise AssertionError("Error response is not a valid problem document:\n" + "\n".join(found))


@schemathesis.hook
def after_call(context: schemathesis.HookContext, case: schemathesis.Case, response: schemathesis.Response) -> None:
    TALLY.case(_operation_id(case))


@schemathesis.hook
def after_validate(
    context: schemathesis.HookContext, case: schemathesis.Case, response: schemathesis.Response, results: list
) -> None:
    op_id = _operation_id(case)
    for result in results:
        layer = PROBLEM_LAYER if result.name == problem_json.__name__ else None
        if layer is not None and response.status_code < 400:
            continue  # the problem check only judges error responses
        TALLY.checked(op_id, layer, failed=result.status == Status.FAILURE)
