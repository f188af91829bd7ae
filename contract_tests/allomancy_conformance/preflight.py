"""One request before the run: is the target there, does it take the key, does the key reach the store?

Each problem is one line naming the URL (never the key), what was tried and what to do; the command exits 3.
"""

from __future__ import annotations

import httpx

from allomancy_client.kit.connect import API_KEY_HEADER

PROBE_PATH = "/v1/store"


def check(base_url: str, api_key: str | None, timeout: float = 15.0) -> str | None:
    """None when the target answers the probe with the key; otherwise the one-line message. Without a key (a
    --fresh-store run, whose keys come from the sandbox's admin route) only that the API is there is checked."""
    url = f"{base_url}{PROBE_PATH}"
    headers = {API_KEY_HEADER: api_key} if api_key else {}
    try:
        response = httpx.get(url, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        return (
            f"cannot reach {url} ({type(exc).__name__}: {exc}); check --base-url / ALLOMANCY_BASE_URL and that the "
            "server is running"
        )
    status = response.status_code
    if status == 401 and api_key is None:
        return None  # the API is there; the run's own keys come later
    if status == 401:
        return (
            f"GET {url} answered 401: the server rejected the key; check --api-key / ALLOMANCY_API_KEY (a key of "
            "that server)"
        )
    if status == 403:
        return (
            f"GET {url} answered 403: the key lacks scopes the run needs; use a key holding every scope "
            "(--api-key / ALLOMANCY_API_KEY)"
        )
    if status == 404:
        return (
            f"GET {url} answered 404: no Allomancy API at that path; --base-url / ALLOMANCY_BASE_URL should be the "
            "host root or end in /v1"
        )
    if status >= 500:
        return f"GET {url} answered {status}: the server failed before any test; retry later or check the server"
    return None
