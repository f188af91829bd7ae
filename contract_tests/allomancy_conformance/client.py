"""The suite's own HTTP client for the hand-written layers (2 to 7).

Every response it receives is checked like Schemathesis checks a response: the status is documented for
the operation, the body matches the documented schema, and a 4xx/5xx is problem+json (problems.py). A
violation is counted (tally.py) and raised as AssertionError. Requests are paced and 429s honoured (pacing.py).
The key is only ever sent, never printed: messages name the key's role, not its value.
"""

from __future__ import annotations

import json as jsonlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from . import findings, problems
from .pacing import Pacer
from .rules import RuleIndex
from .run_keys import Keyring
from .spec import Operation, SpecIndex
from .tally import PROBLEM_LAYER, TALLY, current_layer, last_request

DEFAULT = object()  # "use the all-scopes key"
UNSET = object()  # "send no body"
HEADER = "X-API-Key"

# Judges a response body against the operation's documented schema: [(message, rule)] for each violation.
BodyValidator = Callable[[Operation, httpx.Response], list[tuple[str, Any]]]


class BudgetExceeded(AssertionError):
    """A layer sent more requests than it can need: the server is making the suite loop (reported, not retried)."""


@dataclass
class ApiResponse:
    operation: Operation | None
    raw: httpx.Response

    @property
    def status(self) -> int:
        return self.raw.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.raw.headers

    def json(self) -> Any:
        return self.raw.json()

    @property
    def code(self) -> str | None:
        return problems.code_of(self.raw.content)

    def describe(self) -> str:
        request = self.raw.request
        return f"{request.method} {request.url.raw_path.decode()} -> {self.status} {self.raw.text[:300]}"


class ApiClient:
    def __init__(
        self,
        base_url: str,
        keyring: Keyring,
        pacer: Pacer,
        index: SpecIndex,
        validate_body: BodyValidator,
        rules: RuleIndex,
        timeout: float = 30.0,
        budgets: dict[str, int] | None = None,
    ) -> None:
        self.base_url = base_url
        self.keyring = keyring
        self.pacer = pacer
        self.index = index
        self.validate_body = validate_body
        self.rules = rules
        self.budgets = dict(budgets or {})  # layer -> most requests it may send
        self.sent: dict[str, int] = {}
        self.http = httpx.Client(base_url=base_url, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    # -- sending -------------------------------------------------------------------------------------------
    def _spend(self) -> None:
        layer = current_layer.get()
        self.sent[layer] = self.sent.get(layer, 0) + 1
        budget = self.budgets.get(layer)
        if budget is not None and self.sent[layer] > budget:
            raise BudgetExceeded(
                f"layer {layer} reached its request budget ({budget} requests, derived from the store's size): "
                "the server keeps the suite busy (a loop?); stopping this layer"
            )

    def _headers(self, key: object, headers: dict[str, str] | None) -> list[tuple[str, str]]:
        pairs = list((headers or {}).items())
        if key is DEFAULT:
            key = self.keyring.all_key
        if isinstance(key, str):
            pairs.append((HEADER, key))
        elif isinstance(key, Sequence):
            pairs.extend((HEADER, value) for value in key)
        return pairs

    def send(
        self,
        method: str,
        path: str,
        *,
        key: object = DEFAULT,
        params: dict[str, Any] | None = None,
        json: object = UNSET,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        operation: Operation | None = None,
        check: bool = True,
    ) -> ApiResponse:
        """Send one request; check the response against the operation it belongs to (if any)."""
        header_pairs = self._headers(key, headers)
        if json is not UNSET:
            content = jsonlib.dumps(json).encode()
            if not any(name.lower() == "content-type" for name, _ in header_pairs):
                header_pairs.append(("Content-Type", "application/json"))
        operation = operation or self.index.match(method, path)
        op_id = operation.id if operation else None
        TALLY.case(op_id)
        self._spend()
        request = self.http.build_request(method, path, params=params, content=content, headers=header_pairs)
        last_request.set(findings.curl(method, str(request.url), header_pairs, content))
        attempt = 0
        while True:
            self.pacer.wait_turn()
            raw = self.http.send(request)
            if raw.status_code == 429:
                self._judge_throttle(op_id, raw)
            delay = self.pacer.retry_delay(raw.status_code, raw.headers, attempt)
            if delay is None:
                break
            self.pacer.sleep(delay)
            attempt += 1
        response = ApiResponse(operation, raw)
        if check:
            self._conform(response)
        return response

    def call(self, operation_id: str, *, path: dict[str, str] | None = None, **kwargs: Any) -> ApiResponse:
        operation = self.index[operation_id]
        return self.send(operation.method, operation.url(**(path or {})), operation=operation, **kwargs)

    # -- response checks -----------------------------------------------------------------------------------
    def _judge_throttle(self, op_id: str | None, raw: httpx.Response) -> None:
        """Every 429 is judged before it is re-sent: problem+json, Retry-After in seconds."""
        findings.record_throttle(self.rules, op_id, dict(raw.headers), raw.headers.get("content-type"), raw.content)

    def _conform(self, response: ApiResponse) -> None:
        found = self.judge(response)
        if found:
            raise AssertionError(f"{response.describe()}\n  " + "\n  ".join(found))

    def judge(self, response: ApiResponse) -> list[str]:
        """Record every way the answer departs from the spec (documented or inferred, in the tally) and return them,
        without raising: set-up uses it to go on with an answer that departs from a guess but is still usable."""
        op = response.operation
        op_id = op.id if op else None
        found = []
        if op is not None:
            documented = op.documents(response.status)
            TALLY.checked(op_id)
            if not documented:
                what = f"status {response.status} is not documented for {op.id}"
                TALLY.find(op_id, self.rules.undeclared_status(op.id, response.status), what)
                found.append(what)
            else:
                errors = self.validate_body(op, response.raw)
                TALLY.checked(op_id)
                for what, rule in errors:
                    TALLY.find(op_id, rule, what)
                    found.append(what)
        if response.status >= 400:
            violations = problems.violations(
                response.status, response.headers.get("content-type"), response.raw.content
            )
            TALLY.checked(op_id, PROBLEM_LAYER)
            for what in violations:
                TALLY.find(op_id, findings.problem_rule(self.rules, op_id, response.status), what, layer=PROBLEM_LAYER)
            found.extend(violations)
        return found
