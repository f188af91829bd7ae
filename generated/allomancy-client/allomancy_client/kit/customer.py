"""connect_customer(): a client for the customer surface (/v1/customer/*), authenticated by a customer token.

The token comes from `mint_customer_token` under an API key (or from the `#ct=` fragment of a customer page
URL). It goes out as the only value of X-Customer-Token; no API key is ever sent with it.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from allomancy_client.client import DEFAULT_TIMEOUT, AuthenticatedClient

from .connect import _DEFAULT_RETRY, DEFAULT_BASE_URL, build_client, check_api_key
from .retry import RetryPolicy

CUSTOMER_TOKEN_HEADER = "X-Customer-Token"


def connect_customer(
    token: str,
    base_url: str = DEFAULT_BASE_URL,
    *,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = _DEFAULT_RETRY,
    requests_per_second: float | None = None,
    max_concurrency: int | None = None,
    verify_ssl: bool | str | ssl.SSLContext = True,
    raise_on_unexpected_status: bool = False,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A client that sends `token` as X-Customer-Token to base_url; use it with `allomancy_client.api.customer_page`.

        minted = mint_customer_token.sync(client=key_client, body=MintCustomerTokenRequest("resident.username"))
        me = connect_customer(minted.token, "https://integrations.allomancy.net")

    The other arguments work as for connect() (base URL with or without /v1, retries, pacing). A token lives
    about an hour; a 401 means it expired or was revoked.
    """
    check_api_key(token, "token")
    return build_client(
        token,
        CUSTOMER_TOKEN_HEADER,
        base_url,
        timeout=timeout,
        retry=retry,
        requests_per_second=requests_per_second,
        max_concurrency=max_concurrency,
        verify_ssl=verify_ssl,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=httpx_args,
    )
