"""Connection settings and the httpx clients built from them.

Every operation of this API needs an API key, so use AuthenticatedClient:

    client = AuthenticatedClient(base_url="https://integrations.allomancy.net", token=API_KEY)

The key travels as the only value of the X-API-Key header, with no prefix. It is kept out of every
repr: the client's, its httpx clients' default headers and the auth object's.
"""

import asyncio
import ssl
from collections.abc import Generator
from typing import Any, Self

import httpx
from attrs import define, evolve, field

API_KEY_HEADER = "X-API-Key"
"""The header that carries the key (components.securitySchemes.apiKey.name in the spec)."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Used when no timeout is given. Pass timeout=None explicitly to wait forever."""


class ApiKeyAuth(httpx.Auth):
    """Sets the key header on each request, so the key never sits in a client's default headers."""

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self._header!r}, value='***')"


@define
class Client:
    """Connection settings without a key. Each setting can also be given to the constructor by keyword.

    Attributes:
        base_url: The root every operation path is appended to, e.g. https://integrations.allomancy.net.
        raise_on_unexpected_status: Raise errors.UnexpectedStatus when the status is not documented for the
            operation, instead of returning parsed=None.
        cookies, headers: Sent with every request.
        timeout: An httpx.Timeout or a number of seconds; DEFAULT_TIMEOUT when left out; None waits forever.
        verify_ssl: True, False, a CA bundle path or an ssl.SSLContext (ignored when httpx_args has a transport).
        follow_redirects: Follow 3xx responses (off by default).
        httpx_args: Further keyword arguments for both httpx.Client and httpx.AsyncClient, e.g. a transport
            or event hooks. One object serves both, so a transport must handle sync and async requests.
    """

    _base_url: str = field(alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _client_owned: bool = field(default=False, init=False, repr=False)
    # The event loop the async client was first used in, and whether this object built that client.
    _async_loop: asyncio.AbstractEventLoop | None = field(default=None, init=False, repr=False)
    _async_owned: bool = field(default=False, init=False, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return None

    def _settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
        }
        auth = self._auth()
        if auth is not None:
            settings["auth"] = auth
        return {**settings, **self._httpx_args}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends these headers."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends these cookies."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A copy of this client with another timeout."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls. Its own base URL, headers and timeout apply; the key is
        attached to it as its auth."""
        auth = self._auth()
        if auth is not None:
            client.auth = auth
        self._client = client
        self._client_owned = False
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client for sync calls, built on first use (and built again after it was closed)."""
        if self._client is None or (self._client_owned and self._client.is_closed):
            self._client = httpx.Client(**self._settings())
            self._client_owned = True
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls; the key is attached to it as its auth.

        Such a client belongs to the event loop it is first used in: using it from another loop raises
        RuntimeError (leave it out and this object builds one per loop itself)."""
        auth = self._auth()
        if auth is not None:
            async_client.auth = auth
        self._async_client = async_client
        self._async_loop = None
        self._async_owned = False
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient for async calls, built on first use.

        Reusable across event loops: when called from another loop than before (a second asyncio.run()),
        or after the client was closed, a fresh httpx.AsyncClient is built with the same settings."""
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        current = self._async_client
        if current is not None and (loop is None or loop is self._async_loop or self._async_loop is None):
            if not (self._async_owned and current.is_closed):
                self._async_loop = self._async_loop or loop
                return current
        if current is not None and not self._async_owned:
            raise RuntimeError(
                "the httpx.AsyncClient given to set_async_httpx_client() belongs to another event loop; "
                "give one made in this loop, or leave it out and the client builds one per loop"
            )
        self._async_client = httpx.AsyncClient(**self._settings())
        self._async_loop = loop
        self._async_owned = True
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A Client that sends an API key with every request.

    Attributes:
        token: The API key. It is never shown by repr().
        prefix: Put in front of the key, separated by a space; empty for this API.
        auth_header_name: The header that carries the key; X-API-Key for this API.
    """

    token: str = field(repr=False)
    prefix: str = field(default="", kw_only=True)
    auth_header_name: str = field(default=API_KEY_HEADER, kw_only=True)

    def _auth(self) -> httpx.Auth:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return ApiKeyAuth(self.auth_header_name, value)
