"""Layer 3a: authentication and scopes, on every operation of the spec.

Each operation's scope is the one its `security` requirement names. Probes of write operations carry a
malformed path parameter or an invalid body, so even a server that skipped the checks could not change anything:
auth and scope come before validation, so the expected answers are 401/403, and 400 (never 401/403) with a key
holding exactly the operation's scope.
"""

from __future__ import annotations

import pytest

from .. import bodies, session, targets
from ..bodies import NO_BODY
from ..catalog import Catalog
from ..client import ApiClient, ApiResponse
from ..run_keys import Keyring, unknown_key
from ..spec import Operation

pytestmark = pytest.mark.auth

OPERATIONS = [
    pytest.param(op, id=op.id, marks=[pytest.mark.writes] if op.is_write else [])
    for op in session.spec_index().operations
]


def probe(api: ApiClient, op: Operation, catalog: Catalog, key: object) -> ApiResponse:
    """Send a harmless request for `op` with `key`."""
    if op.is_write:
        path = targets.malformed(op)
        body = bodies.invalid(op)
    else:
        path = targets.real(op, catalog) or targets.unknown(op)
        body = NO_BODY
    return api.call(op.id, path=path, json=body, key=key)


def assert_unauthorized(response: ApiResponse, code: str) -> None:
    assert response.status == 401, f"expected 401 {code}: {response.describe()}"
    assert response.code == code, f"expected code {code}: {response.describe()}"


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.rule("/components/responses/Unauthorized")
def test_no_key(api: ApiClient, catalog: Catalog, op: Operation) -> None:
    assert_unauthorized(probe(api, op, catalog, key=None), "api_key_missing")


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.rule("/components/responses/Unauthorized")
def test_empty_key(api: ApiClient, catalog: Catalog, op: Operation) -> None:
    assert_unauthorized(probe(api, op, catalog, key=""), "api_key_missing")


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.rule("/components/responses/Unauthorized")
def test_two_key_values(api: ApiClient, catalog: Catalog, keys: Keyring, op: Operation) -> None:
    assert_unauthorized(probe(api, op, catalog, key=[keys.all_key, keys.all_key]), "api_key_duplicate")


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.rule("/components/responses/Unauthorized")
def test_unknown_well_formed_key(api: ApiClient, catalog: Catalog, keys: Keyring, op: Operation) -> None:
    assert_unauthorized(probe(api, op, catalog, key=unknown_key(keys.all_key)), "api_key_invalid")


@pytest.mark.scoped_keys
@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.rule("/components/responses/Forbidden")
def test_key_lacking_the_scope_is_forbidden(api: ApiClient, catalog: Catalog, keys: Keyring, op: Operation) -> None:
    key = keys.lacking(op.scope)
    assert key is not None, "the keys file holds no key without this scope"
    response = probe(api, op, catalog, key=key)
    assert response.status == 403, f"a key without {op.scope} must get 403: {response.describe()}"
    assert response.code == "insufficient_scope", response.describe()


@pytest.mark.scoped_keys
@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.rule("{op}/security")
def test_key_with_only_the_scope_is_let_through(api: ApiClient, catalog: Catalog, keys: Keyring, op: Operation) -> None:
    key = keys.only(op.scope)
    assert key is not None, f"the keys file holds no key with only {op.scope}"
    response = probe(api, op, catalog, key=key)
    assert response.status not in (401, 403), f"a key with exactly {op.scope} was refused: {response.describe()}"
