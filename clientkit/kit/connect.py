"""connect(): an AuthenticatedClient with a timeout and retries, in one line."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from allomancy_client import AuthenticatedClient
from allomancy_client.client import DEFAULT_TIMEOUT

from .retry import RetryPolicy, RetryTransport

_DEFAULT_RETRY = RetryPolicy()


def connect(
    api_key: str,
    base_url: str,
    *,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = _DEFAULT_RETRY,
    verify_ssl: bool | str | ssl.SSLContext = True,
    raise_on_unexpected_status: bool = False,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A client that sends api_key as X-API-Key to base_url (e.g. https://integrations.allomancy.net).

        client = connect(os.environ["ALLOMANCY_API_KEY"], "https://integrations.allomancy.net")

    timeout: seconds or an httpx.Timeout, per try. retry: a RetryPolicy, or None to switch retries off.
    httpx_args: passed on to httpx; a "transport" in it (handling sync, async or both) is wrapped by the
    retry transport rather than replaced.
    """
    if not isinstance(api_key, str) or not api_key or api_key != api_key.strip() or not api_key.isprintable():
        raise ValueError("api_key must be a non-empty string without whitespace")  # never echo the key
    args = dict(httpx_args or {})
    if retry is not None:
        inner = args.pop("transport", None)
        args["transport"] = RetryTransport(
            retry,
            transport=inner if isinstance(inner, httpx.BaseTransport) else None,
            async_transport=inner if isinstance(inner, httpx.AsyncBaseTransport) else None,
            verify=verify_ssl,
        )
    return AuthenticatedClient(
        base_url=base_url,
        token=api_key,
        timeout=timeout,
        verify_ssl=verify_ssl,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=args,
    )
