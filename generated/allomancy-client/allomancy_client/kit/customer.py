"""connect_customer(): a client for the customer surface (/v1/customer/*), authenticated by a customer token.

The token comes from `mint_customer_token` under an API key (or from the `#ct=` fragment of a customer page
URL). It goes out as the only value of X-Customer-Token; no API key is ever sent with it.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from allomancy_client import AuthenticatedClient
from allomancy_client.client import DEFAULT_TIMEOUT

from .connect import _DEFAULT_RETRY
from .retry import RetryPolicy, RetryTransport

CUSTOMER_TOKEN_HEADER = "X-Customer-Token"


def connect_customer(
    token: str,
    base_url: str,
    *,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = _DEFAULT_RETRY,
    verify_ssl: bool | str | ssl.SSLContext = True,
    raise_on_unexpected_status: bool = False,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A client that sends `token` as X-Customer-Token to base_url; use it with `allomancy_client.api.customer_page`.

        minted = mint_customer_token.sync(client=key_client, body=MintCustomerTokenRequest("resident.username"))
        me = connect_customer(minted.token, "https://integrations.allomancy.net")

    The other arguments work as for connect(). A token lives about an hour; a 401 means it expired or was revoked.
    """
    if not isinstance(token, str) or not token or token != token.strip() or not token.isprintable():
        raise ValueError("token must be a non-empty string without whitespace")  # never echo the token
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
        token=token,
        prefix="",
        auth_header_name=CUSTOMER_TOKEN_HEADER,
        timeout=timeout,
        verify_ssl=verify_ssl,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=args,
    )
