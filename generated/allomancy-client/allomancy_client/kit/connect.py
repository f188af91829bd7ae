"""connect(): an AuthenticatedClient with a timeout, retries and optional pacing, in one line."""

from __future__ import annotations

import ssl
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from allomancy_client.client import DEFAULT_TIMEOUT, AuthenticatedClient

from .pacing import PacedTransport, Pacer
from .retry import RetryPolicy, RetryTransport
from .transports import LoopLocalAsyncTransport

DEFAULT_BASE_URL = "https://integrations.allomancy.net"
"""The production host (the spec's server). Every operation path already starts with /v1."""

_DEFAULT_RETRY = RetryPolicy()
_VERSION_PREFIX = "/v1"


def normalize_base_url(base_url: str) -> str:
    """The host root the operation paths are appended to.

    The API docs print the base URL with its version (https://integrations.allomancy.net/v1) while the
    operation paths already start with /v1, so a trailing /v1 (with or without a slash) is removed:
    both forms reach the same URLs. Anything else (a proxy prefix such as https://gw.example/allomancy)
    is kept as it is, without a trailing slash. A URL without http:// or https:// is refused.
    """
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}, got {base_url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"base_url must not carry a query or fragment, got {base_url!r}")
    path = parts.path.rstrip("/")
    if path.endswith(_VERSION_PREFIX):
        path = path[: -len(_VERSION_PREFIX)]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


API_KEY_HEADER = "X-API-Key"


def check_api_key(api_key: object, name: str = "api_key") -> str:
    if not isinstance(api_key, str) or not api_key or api_key != api_key.strip() or not api_key.isprintable():
        raise ValueError(f"{name} must be a non-empty string without whitespace")  # never echo the secret
    return api_key


def connect(
    api_key: str,
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
    """A client that sends api_key as X-API-Key to base_url.

        client = connect(os.environ["ALLOMANCY_API_KEY"])   # https://integrations.allomancy.net

    base_url: the host root or the documented form ending in /v1; both work (see normalize_base_url).
    timeout: seconds or an httpx.Timeout, per try. retry: a RetryPolicy, or None to switch retries off.
    requests_per_second, max_concurrency: optional client-side pacing of every try (see kit.pacing).
    httpx_args: passed on to httpx; a "transport" in it (handling sync, async or both) is wrapped by the
    pacing and retry transports rather than replaced. Without one, the async side keeps a connection pool
    per event loop, so the client can be reused across asyncio.run() calls.
    """
    check_api_key(api_key)
    return build_client(
        api_key,
        API_KEY_HEADER,
        base_url,
        timeout=timeout,
        retry=retry,
        requests_per_second=requests_per_second,
        max_concurrency=max_concurrency,
        verify_ssl=verify_ssl,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=httpx_args,
    )


def build_client(
    credential: str,
    header_name: str,
    base_url: str,
    *,
    timeout: httpx.Timeout | float | None,
    retry: RetryPolicy | None,
    requests_per_second: float | None,
    max_concurrency: int | None,
    verify_ssl: bool | str | ssl.SSLContext,
    raise_on_unexpected_status: bool,
    httpx_args: dict[str, Any] | None,
) -> AuthenticatedClient:
    """The client behind connect() and connect_customer(): `credential` goes out as the only value of header_name."""
    args = dict(httpx_args or {})
    inner = args.pop("transport", None)
    sync_transport = inner if isinstance(inner, httpx.BaseTransport) else None
    async_transport = inner if isinstance(inner, httpx.AsyncBaseTransport) else None
    if inner is not None and sync_transport is None and async_transport is None:
        raise TypeError("httpx_args['transport'] must be an httpx.BaseTransport or httpx.AsyncBaseTransport")
    if requests_per_second is not None or max_concurrency is not None:
        paced = PacedTransport(
            Pacer(requests_per_second, max_concurrency),
            transport=sync_transport,
            async_transport=async_transport,
            verify=verify_ssl,
        )
        sync_transport, async_transport = paced, paced
    if retry is not None:
        retrying = RetryTransport(retry, transport=sync_transport, async_transport=async_transport, verify=verify_ssl)
        sync_transport, async_transport = retrying, retrying
    if sync_transport is not None or async_transport is not None:
        args["transport"] = _combined(
            sync_transport or httpx.HTTPTransport(verify=verify_ssl),
            async_transport or LoopLocalAsyncTransport(verify=verify_ssl),
        )
    return AuthenticatedClient(
        base_url=normalize_base_url(base_url),
        token=credential,
        prefix="",
        auth_header_name=header_name,
        timeout=timeout,
        verify_ssl=verify_ssl,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=args,
    )


def _combined(sync: httpx.BaseTransport, async_: httpx.AsyncBaseTransport) -> object:
    """One transport object for both httpx clients (httpx_args goes to both)."""
    if isinstance(sync, httpx.AsyncBaseTransport) and sync is async_:
        return sync
    return _Both(sync, async_)


class _Both(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, sync: httpx.BaseTransport, async_: httpx.AsyncBaseTransport) -> None:
        self._sync = sync
        self._async = async_

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()
