"""API key format, signatures and hashing.

A key is ``allo_test_<base64url payload>.<base64url signature>`` where the signature is a truncated
HMAC-SHA256 of the payload under the server secret. A key with a bad signature is rejected before
any database lookup. The database stores only SHA-256 hashes of keys; look-ups go by hash and every
comparison of secret material uses hmac.compare_digest.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

PREFIX = "allo_test_"  # never allo_live_, the prefix of production keys
PAYLOAD_BYTES = 24
SIGNATURE_BYTES = 18
_KEY_RE = re.compile(PREFIX + r"([A-Za-z0-9_-]{16,128})\.([A-Za-z0-9_-]{16,128})")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_secret() -> str:
    return secrets.token_hex(32)


def derive(secret: str, purpose: str, message: str) -> bytes:
    """HMAC-SHA256 of ``message`` under a per-purpose subkey of the server secret."""
    subkey = hmac.new(secret.encode("utf-8"), purpose.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(subkey, message.encode("utf-8"), hashlib.sha256).digest()


def _signature(secret: str, payload: str) -> str:
    return b64url(derive(secret, "api-key-signature", payload)[:SIGNATURE_BYTES])


def _assemble(secret: str, payload_bytes: bytes) -> str:
    payload = b64url(payload_bytes)
    return f"{PREFIX}{payload}.{_signature(secret, payload)}"


def new_key(secret: str) -> str:
    """A fresh random key."""
    return _assemble(secret, secrets.token_bytes(PAYLOAD_BYTES))


def derived_key(secret: str, label: str) -> str:
    """A key derived deterministically from the secret and a label (used for the demo keys)."""
    return _assemble(secret, derive(secret, "demo-key", label)[:PAYLOAD_BYTES])


def has_valid_signature(secret: str, key: str) -> bool:
    """True when the key is well-formed and its signature verifies under the secret."""
    match = _KEY_RE.fullmatch(key)
    if match is None:
        return False
    expected = _signature(secret, match.group(1))
    return hmac.compare_digest(expected.encode("ascii"), match.group(2).encode("ascii"))


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def hashes_equal(left: str, right: str) -> bool:
    return hmac.compare_digest(left.encode("ascii"), right.encode("ascii"))


def preview(key: str) -> str:
    """The dashboard-style preview: prefix plus the last six characters."""
    return f"{PREFIX}***{key[-6:]}"
