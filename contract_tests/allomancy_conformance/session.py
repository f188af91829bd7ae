"""The run's shared state, built once on first use: target server, keys, client, catalog, Schemathesis schema.

With no ALLOMANCY_BASE_URL the embedded sandbox is started here (and stopped by `close()`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import httpx
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup

from . import customer_session, launcher, st_config
from . import keyring as keyring_mod
from .catalog import Catalog, discover
from .client import ApiClient
from .keyring import Keyring
from .pacing import PacedSession, Pacer
from .settings import Settings, from_env
from .spec import Operation, SpecIndex, load
from .tally import current_layer


@dataclass
class Session:
    settings: Settings
    server: launcher.SandboxProcess | None
    base_url: str
    keyring: Keyring
    index: SpecIndex
    pacer: Pacer

    @cached_property
    def validation_schema(self) -> schemathesis.BaseSchema:
        """A plain load of the spec, used to validate the responses the suite's own client receives."""
        return schemathesis.openapi.from_path(self.settings.spec_path, config=SchemathesisConfig())

    def validate_body(self, operation: Operation, response: httpx.Response) -> list[str]:
        st_operation = self.validation_schema[operation.path][operation.method.lower()]
        try:
            st_operation.validate_response(response)
        except FailureGroup as group:
            return [f"{type(f).__name__}: {f.title} {f.message}".strip() for f in group.exceptions]
        return []

    @cached_property
    def client(self) -> ApiClient:
        return ApiClient(self.base_url, self.keyring, self.pacer, self.index, self.validate_body)

    @cached_property
    def http_session(self) -> PacedSession:
        """The requests session Schemathesis sends through."""
        return PacedSession(self.pacer)

    @cached_property
    def catalog(self) -> Catalog:
        token = current_layer.set("setup")
        try:
            return discover(self.client)
        finally:
            current_layer.reset(token)

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
        document = keyring_mod.load(settings.keys_file) if settings.keys_file else None
        if settings.fresh_store:
            document = fresh_store(base_url, settings.admin_secret or "")
            api_key = str(document["stores"][0]["keys"]["all"])
    try:
        keys = keyring_mod.from_document(document, api_key)
    except Exception:
        if server is not None:
            server.cleanup()
        raise
    return Session(
        settings=settings,
        server=server,
        base_url=base_url,
        keyring=keys,
        index=load(settings.spec_path),
        pacer=Pacer(settings.max_rps),
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
