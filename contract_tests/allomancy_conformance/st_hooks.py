"""What the suite adds to Schemathesis: the problem+json check (layer 7) and hooks that count cases and checks and
turn every failed check into a finding, located in the spec through the failure object (findings.located).

Importing this module registers them globally, for every Schemathesis call of the run (parametrized tests and
the state machine alike).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.checks import CheckResult
from schemathesis.core.failures import Failure
from schemathesis.engine import Status

from . import findings, problems, session
from .redaction import redact
from .tally import PROBLEM_LAYER, TALLY, last_request


def _operation_id(case: schemathesis.Case[Any]) -> str | None:
    value: Any = case.operation.definition.raw.get("operationId")
    return str(value) if value is not None else None


@schemathesis.check
def problem_json(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]) -> None:
    """Every 4xx/5xx is application/problem+json with type, title, status (= HTTP status), detail and code."""
    values = response.headers.get("content-type") or []  # lower-case keys, list values
    content_type = values[0] if values else None
    found = problems.violations(response.status_code, content_type, response.content)
    if found:
        raise AssertionError("Error response is not a valid problem document:\n" + "\n".join(found))


def _repro(case: schemathesis.Case[Any], response: schemathesis.Response) -> str | None:
    try:
        command = case.as_curl_command(headers=dict(response.request.headers))
    except Exception:  # a reproduction is a courtesy; never let it hide the finding
        return None
    line = command.split("\n\n", 1)[0].replace("\\\n", " ")
    return str(redact(" ".join(line.split())))


@schemathesis.hook
def after_call(
    context: schemathesis.HookContext, case: schemathesis.Case[Any], response: schemathesis.Response
) -> None:
    TALLY.case(_operation_id(case))
    last_request.set(_repro(case, response))


@schemathesis.hook
def after_validate(
    context: schemathesis.HookContext,
    case: schemathesis.Case[Any],
    response: schemathesis.Response,
    results: list[CheckResult],
) -> None:
    op_id = _operation_id(case)
    index = session.current().rules
    for result in results:
        is_problem_check = result.name == problem_json.__name__
        if is_problem_check and response.status_code < 400:
            continue  # the problem check only judges error responses
        layer = PROBLEM_LAYER if is_problem_check else None
        TALLY.checked(op_id, layer)
        if result.status != Status.FAILURE or result.failure is None:
            continue
        failure: Failure = result.failure
        rule = findings.located(index, op_id, response.status_code, failure)
        what = f"{result.name}: {failure.title}: {_first_line(failure)} (status {response.status_code})"
        TALLY.find(op_id, rule, what, layer=layer, repro=_repro(case, response))


def _first_line(failure: Any) -> str:
    if hasattr(failure, "validation_message"):
        text = str(failure.validation_message)
    else:
        text = str(getattr(failure, "message", "") or "")
    return text.strip().split("\n", 1)[0][:200]
