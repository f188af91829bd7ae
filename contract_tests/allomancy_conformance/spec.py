"""What the suite reads from the spec itself: operations, their scopes, parameters and statuses.

The spec owns the scopes: each operation's scope is the one named in its `security` requirement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import allomancy_spec

HTTP_METHODS = allomancy_spec.HTTP_METHODS


@dataclass(frozen=True)
class Operation:
    id: str
    method: str  # upper case
    path: str  # template, e.g. /v1/products/{id}
    scope: str
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    has_body: bool
    body_required: bool
    statuses: frozenset[str]
    paginated: bool
    surface: str = "key"  # "key": X-API-Key with `scope`; "customer": X-Customer-Token, no scope

    @property
    def is_customer(self) -> bool:
        return self.surface == "customer"

    @property
    def is_write(self) -> bool:
        return self.method != "GET"

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def url(self, **values: str) -> str:
        path = self.path
        for name in self.path_params:
            path = path.replace("{" + name + "}", quote(str(values[name]), safe=""))
        return path

    def documents(self, status: int) -> bool:
        return str(status) in self.statuses or f"{str(status)[0]}XX" in self.statuses or "default" in self.statuses


@dataclass(frozen=True)
class SpecIndex:
    raw: dict[str, Any]
    operations: tuple[Operation, ...]  # the API-key surface: what layers written for keys iterate over
    customer_operations: tuple[Operation, ...] = ()  # the customer-token surface (test_customer_surface.py)

    @property
    def all_operations(self) -> tuple[Operation, ...]:
        return self.operations + self.customer_operations

    def shared_fields(self, *schemas: str) -> tuple[str, ...]:
        """The properties every one of the named component schemas declares: what two views of one object (a
        list entry and its detail, the key's and the customer's view) can be compared on. A field one view adds
        is never compared, so an additive change to one view is never a finding."""
        names = [set(self.raw["components"]["schemas"][name].get("properties", {})) for name in schemas]
        return tuple(sorted(set.intersection(*names))) if names else ()

    def query_default(self, operation_id: str, name: str) -> Any:
        """The documented default of one of the operation's query parameters (KeyError when it has none)."""
        operation = self[operation_id]
        item = self.raw["paths"][operation.path]
        for parameter in [*item.get("parameters", []), *item[operation.method.lower()].get("parameters", [])]:
            resolved = _resolve(self.raw, parameter)
            if resolved.get("in") == "query" and resolved.get("name") == name:
                return _resolve(self.raw, resolved.get("schema", {}))["default"]
        raise KeyError(f"{operation_id} has no query parameter {name}")

    def __getitem__(self, operation_id: str) -> Operation:
        for operation in self.all_operations:
            if operation.id == operation_id:
                return operation
        raise KeyError(operation_id)

    def by_label(self, label: str) -> Operation | None:
        return next((op for op in self.all_operations if op.label == label), None)

    def match(self, method: str, path: str) -> Operation | None:
        """The operation a concrete request path belongs to."""
        for operation in self.all_operations:
            if operation.method == method.upper() and _template_regex(operation.path).fullmatch(path):
                return operation
        return None

    @property
    def paths(self) -> dict[str, set[str]]:
        """Documented methods per path template."""
        result: dict[str, set[str]] = {}
        for operation in self.operations:
            result.setdefault(operation.path, set()).add(operation.method)
        return result


@cache
def _template_regex(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
    return re.compile(pattern)


def _resolve(raw: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = allomancy_spec.resolve(raw, node)
    return resolved


TOKEN_SCHEME = "customerToken"
# A customer's two balances and the operations that write them: (set operation, increment operation, field).
BALANCE_OPERATIONS = (
    ("setCustomerCredit", "incrementCustomerCredit", "credit"),
    ("setCustomerRestrictedCredit", "incrementCustomerRestrictedCredit", "restrictedCredit"),
)


def _surface(operation: dict[str, Any], raw: dict[str, Any]) -> str:
    requirements = operation.get("security", raw.get("security")) or []
    return "customer" if any(TOKEN_SCHEME in requirement for requirement in requirements) else "key"


def _scope(operation_id: str, operation: dict[str, Any], raw: dict[str, Any]) -> str:
    if _surface(operation, raw) == "customer":
        return ""  # a customer token carries no scopes
    requirements = operation.get("security", raw.get("security")) or []
    scopes = [scope for requirement in requirements for scopes in requirement.values() for scope in scopes]
    if len(scopes) != 1:
        raise ValueError(f"{operation_id}: expected exactly one scope in its security requirement, got {scopes}")
    return str(scopes[0])


def _paginated(raw: dict[str, Any], operation: dict[str, Any]) -> bool:
    ok = operation.get("responses", {}).get("200")
    if not ok:
        return False
    schema = _resolve(raw, _resolve(raw, ok).get("content", {}).get("application/json", {}).get("schema", {}))
    return {"data", "pagination"} <= set(schema.get("properties", {}))


def _build(raw: dict[str, Any]) -> SpecIndex:
    operations = []
    for path, item in raw["paths"].items():
        shared = [_resolve(raw, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            params = shared + [_resolve(raw, p) for p in operation.get("parameters", [])]
            body = _resolve(raw, operation.get("requestBody", {}))
            operations.append(
                Operation(
                    id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    scope=_scope(operation["operationId"], operation, raw),
                    path_params=tuple(p["name"] for p in params if p["in"] == "path"),
                    query_params=tuple(p["name"] for p in params if p["in"] == "query"),
                    has_body=bool(body),
                    body_required=bool(body.get("required")),
                    statuses=frozenset(str(code).upper() for code in operation["responses"]),
                    paginated=_paginated(raw, operation),
                    surface=_surface(operation, raw),
                )
            )
    return SpecIndex(
        raw=raw,
        operations=tuple(op for op in operations if not op.is_customer),
        customer_operations=tuple(op for op in operations if op.is_customer),
    )


@cache
def index_of(path: Path | None = None) -> SpecIndex:
    """The index of the spec at `path` (default: the packaged contract)."""
    return _build(allomancy_spec.load(path))
