"""Short assertions on an ApiResponse, with messages that show the request and the answer."""

from __future__ import annotations

from typing import Any

from .client import ApiResponse


def ok(response: ApiResponse, status: int = 200) -> Any:
    """Assert the status (200 by default) and return the JSON body (None for 204)."""
    assert response.status == status, f"expected {status}: {response.describe()}"
    return None if status == 204 else response.json()


def problem(response: ApiResponse, status: int, code: str | None = None) -> None:
    """Assert an error status and, when given, its problem code (the body format is checked by the client)."""
    wanted = f"{status} {code}" if code else str(status)
    assert response.status == status, f"expected {wanted}: {response.describe()}"
    if code is not None:
        assert response.code == code, f"expected {wanted}: {response.describe()}"
