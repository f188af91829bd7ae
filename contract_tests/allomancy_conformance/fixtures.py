"""Fixtures shared by the hand-written layers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis

from . import session as session_mod
from .catalog import Catalog
from .client import ApiClient
from .customer_snapshot import CustomerState
from .factory import Factory
from .run_keys import Keyring
from .settings import Settings
from .spec import SpecIndex
from .tally import TALLY


@pytest.fixture(scope="session")
def suite_session() -> session_mod.Session:
    return session_mod.current()


@pytest.fixture(scope="session")
def fuzzed_schema(suite_session: session_mod.Session) -> schemathesis.BaseSchema:
    """Layer 1's Schemathesis schema (the operations it may fuzz are chosen in layers/test_operations.py)."""
    if not suite_session.settings.sandbox:
        TALLY.note("layer 1 fuzzes read operations only: the server is not the sandbox")
    return suite_session.schema


@pytest.fixture(scope="session")
def api(suite_session: session_mod.Session) -> ApiClient:
    return suite_session.client


@pytest.fixture(scope="session")
def catalog(suite_session: session_mod.Session) -> Catalog:
    return suite_session.catalog


@pytest.fixture(scope="session")
def index(suite_session: session_mod.Session) -> SpecIndex:
    return suite_session.index


@pytest.fixture(scope="session")
def keys(suite_session: session_mod.Session) -> Keyring:
    return suite_session.keyring


@pytest.fixture(scope="session")
def settings(suite_session: session_mod.Session) -> Settings:
    return suite_session.settings


@pytest.fixture(scope="session")
def factory(api: ApiClient, catalog: Catalog, settings: Settings) -> Iterator[Factory]:
    """Makes the suite's own objects. Against a live store its coupons belong to the writable customer."""
    if settings.guarded_writes:
        owner = writable_customer(settings, catalog)
    else:
        owners = [c["couponOwnerUsername"] for c in catalog.coupons] or [c["username"] for c in catalog.customers]
        owner = owners[0]
    made = Factory(api, owner=owner)
    yield made
    made.cleanup()


def writable_customer(settings: Settings, catalog: Catalog) -> str:
    """The customer write tests may change: ALLOMANCY_WRITE_CUSTOMER, else a customer of the catalog."""
    if settings.write_customer:
        return settings.write_customer
    candidates = [c for c in catalog.customers if not c["isBanned"]] or catalog.customers
    if not candidates:
        pytest.skip("the store has no customers")
    return str(candidates[-1]["uuid"])


@pytest.fixture
def customer(api: ApiClient, settings: Settings, catalog: Catalog) -> Iterator[str]:
    """The writable customer's identifier; its state is put back after the test."""
    identifier = writable_customer(settings, catalog)
    state = CustomerState.take(api, identifier)
    yield identifier
    state.restore(api)
