"""The keys the suite uses: the all-scopes key, one key per scope and another store's key.

A keys file has the sandbox format: {"baseUrl", "stores": [{"id", "name", "keys": {"all": K, "<scope>": K}}]}.
The primary store is the one holding ALLOMANCY_API_KEY (else the first store); the other store is any
other store with an "all" key.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True, repr=False)
class Keyring:
    all_key: str
    scoped: dict[str, str] = field(default_factory=dict)  # scope -> key holding only that scope
    other_store_key: str | None = None
    primary_store_id: str | None = None

    def __repr__(self) -> str:  # never show key material
        return (
            f"Keyring(scopes={len(self.scoped)}, other_store={self.other_store_key is not None}, "
            f"store={self.primary_store_id})"
        )

    def only(self, scope: str) -> str | None:
        return self.scoped.get(scope)

    def lacking(self, scope: str) -> str | None:
        """A valid key of the primary store that lacks `scope` (a key for some other single scope)."""
        for other, key in sorted(self.scoped.items()):
            if other != scope:
                return key
        return None

    @property
    def has_scopes(self) -> bool:
        return bool(self.scoped)

    def secrets(self) -> tuple[str, ...]:
        values = {self.all_key, *self.scoped.values()}
        if self.other_store_key:
            values.add(self.other_store_key)
        return tuple(sorted(values, key=len, reverse=True))


def read_keys_file(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fd:
        document = json.load(fd)
    if not isinstance(document, dict) or not isinstance(document.get("stores"), list):
        raise ValueError(f"{path}: not a keys file (expected an object with a 'stores' list)")
    return document


def from_document(document: dict[str, Any] | None, api_key: str | None) -> Keyring:
    stores = list((document or {}).get("stores") or [])
    primary = next((s for s in stores if api_key and api_key in (s.get("keys") or {}).values()), None)
    if primary is None and stores:
        primary = stores[0]
    keys = dict((primary or {}).get("keys") or {})
    all_key = api_key or keys.get("all")
    if not all_key:
        raise ValueError("no all-scopes key: set ALLOMANCY_API_KEY or give a keys file with an 'all' key")
    scoped = {scope: key for scope, key in keys.items() if scope != "all"}
    other = next((s for s in stores if s is not primary and (s.get("keys") or {}).get("all")), None)
    return Keyring(
        all_key=all_key,
        scoped=scoped,
        other_store_key=(other or {}).get("keys", {}).get("all"),
        primary_store_id=(primary or {}).get("id"),
    )


def _b64(size: int) -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(size)).rstrip(b"=").decode("ascii")


TEST_PREFIX = "allo_test_"  # the sandbox's keys
LIVE_PREFIX = "allo_live_"  # production keys


def unknown_key(like: str | None = None) -> str:
    """A well-formed key (<prefix><payload>.<signature>) that no server issued, with the prefix of `like` (the
    run's own key): a sandbox gets a test key, any other server a production-shaped one."""
    prefix = TEST_PREFIX if like is not None and like.startswith(TEST_PREFIX) else LIVE_PREFIX
    return f"{prefix}{_b64(24)}.{_b64(18)}"
