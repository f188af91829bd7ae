"""The run's shared state, built once on first use: target server, keys, client, catalog, Schemathesis schema.

With no ALLOMANCY_BASE_URL the embedded sandbox is started here (and stopped by `close()`). Any other server is
asked once whether it is the sandbox (the `X-Allomancy-Sandbox` response header): that decides the write policy,
the request pacing and whether inferred mismatches fail the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import httpx
import requests
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import Failure, FailureGroup

from . import customer_session, findings, launcher, rules, run_keys, st_config
from . import settings as settings_mod
from .catalog import Catalog, discover
from .client import ApiClient
from .pacing import PacedSession, Pacer
from .rules import RuleIndex
from .run_keys import Keyring
from .settings import Settings, check_writes, from_env
from .spec import Operation, SpecIndex, index_of
from .tally import current_layer

IDENTITY_HEADER = "x-allomancy-sandbox"


@dataclass
class Session:
    settings: Settings
    server: launcher.SandboxProcess | None
    base_url: str
    keyring: Keyring
    index: SpecIndex
    pacer: Pacer
    rules: RuleIndex
    sandbox_version: str | None = None

    @cached_property
    def validation_schema(self) -> schemathesis.BaseSchema:
        """A plain load of the spec, used to validate the responses the suite's own client receives."""
        return schemathesis.openapi.from_path(self.settings.spec_path, config=SchemathesisConfig())

    def validate_body(self, operation: Operation, response: httpx.Response) -> list[tuple[str, Any]]:
        """Schema violations of a response: (message, the rule's spec location classified by rules.py)."""
        st_operation = self.validation_schema[operation.path][operation.method.lower()]
        failures: list[Failure] = []
        try:
            st_operation.validate_response(response)
        except FailureGroup as group:  # several failures
            failures = list(group.exceptions)
        except Failure as failure:  # exactly one
            failures = [failure]
        return [
            (
                " ".join(f"{type(f).__name__}: {f.title} {f.message}".split())[:400],
                findings.located(self.rules, operation.id, response.status_code, f),
            )
            for f in failures
        ]

    @cached_property
    def client(self) -> ApiClient:
        return ApiClient(self.base_url, self.keyring, self.pacer, self.index, self.validate_body, self.rules)

    @cached_property
    def http_session(self) -> PacedSession:
        """The requests session Schemathesis sends through (every 429 judged before it is re-sent)."""

        def judge(response: requests.Response) -> None:
            request = response.request
            path = (request.path_url or "").split("?", 1)[0]
            operation = self.index.match(request.method or "GET", path)
            findings.record_throttle(
                self.rules,
                operation.id if operation else None,
                dict(response.headers),
                response.headers.get("content-type"),
                response.content,
            )

        return PacedSession(self.pacer, judge)

    @cached_property
    def catalog(self) -> Catalog:
        token = current_layer.set("setup")
        try:
            found = discover(self.client)
        finally:
            current_layer.reset(token)
        self.client.budgets = budgets(found, len(self.index.operations))
        return found

    @cached_property
    def customer(self) -> customer_session.CustomerAccess | None:
        """The customer-token access of the run (a token minted at start, or given), or None."""
        token = current_layer.set("setup")
        try:
            return customer_session.open_access(self)
        finally:
            current_layer.reset(token)

    @cached_property
    def schema(self) -> schemathesis.BaseSchema:
        access = self.customer
        return st_config.load_schema(
            self.settings,
            self.index,
            self.base_url,
            self.keyring.all_key,
            self.catalog,
            access.token if access else None,
        )

    def close(self) -> None:
        if "client" in self.__dict__:
            self.client.close()
        if self.server is not None:
            self.server.cleanup()
            self.server = None


def budgets(catalog: Catalog, operations: int) -> dict[str, int]:
    """Requests each hand-written layer may send, from what it needs on a store of this size (about three times
    what a conforming server costs): walks grow with the rows of the lists (every list is walked at limits 1, 2
    and 7, forwards and back), the per-operation probes with the number of operations. A server that keeps the
    suite walking stops a layer after seconds of traffic, not hours."""
    rows = len(catalog.customers) + len(catalog.products) + len(catalog.categories) + len(catalog.coupons)
    rows += len(catalog.gift_cards)
    return {
        "L2": 300 + 4 * rows,
        "L3": 20 * operations + 4 * rows,
        "L4": 300 + 10 * rows,
        "L5": 200 + 6 * rows,
        "L6": 30 * operations + 8 * rows,
        "L7": 20 * operations + 4 * rows,
        "L8": 400,
    }


def identify(base_url: str) -> str | None:
    """The sandbox version the server announces in its identifying header (None: not the sandbox)."""
    try:
        response = httpx.get(f"{base_url}/v1/store", timeout=30.0)
    except httpx.HTTPError:
        return None
    value = response.headers.get(IDENTITY_HEADER)
    return str(value) if value is not None else None


def open_session(settings: Settings | None = None) -> Session:
    settings = settings or from_env()
    server = None
    document: dict[str, Any] | None
    if settings.embedded:
        server = launcher.launch(prefix="allomancy-conformance-")
        base_url, document, api_key = server.base_url, server.keys, None
    else:
        assert settings.base_url is not None
        base_url, api_key = settings.base_url, settings.api_key
        document = run_keys.read_keys_file(settings.keys_file) if settings.keys_file else None
        if settings.fresh_store:
            document = fresh_store(base_url, settings.admin_secret or "")
            api_key = str(document["stores"][0]["keys"]["all"])
    try:
        version = identify(base_url)
        settings = settings.identified(version is not None)
        check_writes(settings)
        keys = run_keys.from_document(document, api_key)
    except Exception:
        if server is not None:
            server.cleanup()
        raise
    return Session(
        settings=settings,
        server=server,
        base_url=base_url,
        keyring=keys,
        index=index_of(settings.spec_path),
        pacer=Pacer(settings.rate),
        rules=rules.index(settings.spec_path),
        sandbox_version=version,
    )


def fresh_store(base_url: str, admin_secret: str) -> dict[str, Any]:
    """A new pair of seeded stores from the sandbox at base_url, as a keys-file document."""
    response = httpx.post(f"{base_url}/admin/fresh-store", headers={"X-Admin-Secret": admin_secret}, timeout=30)
    if response.status_code != 201:
        raise RuntimeError(f"POST /admin/fresh-store answered {response.status_code}: {response.text[:300]}")
    document = response.json()
    if not isinstance(document, dict) or not isinstance(document.get("stores"), list):
        raise RuntimeError("POST /admin/fresh-store did not answer a keys-file document")
    return document


def spec_index() -> SpecIndex:
    """The index of the run's spec, read from the file alone (no server is started or asked): what the layers
    parametrize their tests with while pytest collects them. The same object as the open session's `index`."""
    return index_of(settings_mod.spec_path())


_CURRENT: Session | None = None


def current() -> Session:
    global _CURRENT
    if _CURRENT is None:
        _CURRENT = open_session()
    return _CURRENT


def is_open() -> bool:
    return _CURRENT is not None


def close() -> None:
    global _CURRENT
    if _CURRENT is not None:
        _CURRENT.close()
        _CURRENT = None
