"""The 16 API-key scopes. Every operation needs exactly one; no scope implies another."""

from __future__ import annotations

SCOPES: tuple[str, ...] = (
    "store:read",
    "products:read",
    "products:write",
    "products:deliver",
    "customers:read",
    "customers:write",
    "credits:read",
    "credits:write",
    "categories:read",
    "categories:write",
    "coupons:read",
    "coupons:write",
    "coupons:apply",
    "giftcards:read",
    "giftcards:write",
    "customertokens:mint",
)


def parse_scopes(text: str) -> tuple[str, ...]:
    """Parse a comma/space separated scope list; 'all' expands to every scope. Raises ValueError."""
    items = [part for part in text.replace(",", " ").split() if part]
    if not items:
        raise ValueError("at least one scope is required")
    if items == ["all"]:
        return SCOPES
    unknown = sorted(set(items) - set(SCOPES))
    if unknown:
        raise ValueError(f"unknown scope(s): {', '.join(unknown)}")
    return tuple(scope for scope in SCOPES if scope in items)
