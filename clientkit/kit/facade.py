"""The machinery under the generated Allomancy / AsyncAllomancy classes and their resource groups.

The classes themselves (one attribute per group of the API reference, one method per operation, with the
operation's own typed parameters and docstring) are generated from the spec into allomancy_client.api;
this module holds what they share: building the client, calling an operation, raising the right
ApiError subclass, and walking pages.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import httpx

from allomancy_client.client import DEFAULT_TIMEOUT, AuthenticatedClient
from allomancy_client.models.problem import Problem
from allomancy_client.types import Response, Unset

from .connect import _DEFAULT_RETRY, API_KEY_HEADER, DEFAULT_BASE_URL, build_client, check_api_key
from .customer import CUSTOMER_TOKEN_HEADER
from .errors import connection_error, unwrap
from .pages import Page, aiterate, iterate
from .retry import RetryPolicy

T = TypeVar("T")

_CLOSED_LOOP_HINT = (
    "the httpx transport passed in httpx_args was used in an event loop that has closed; pass a transport "
    "that opens its connections per loop (or none: the default does), or build one client per asyncio.run()"
)


class _Api:
    client: AuthenticatedClient
    """The low-level client (allomancy_client.api.<group>.<operation> functions take it as client=)."""

    credential_header: ClassVar[str] = API_KEY_HEADER
    """The header the credential travels in: X-API-Key (a store key), or X-Customer-Token for the customer page."""

    def __init__(
        self,
        credential: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = _DEFAULT_RETRY,
        requests_per_second: float | None = None,
        max_concurrency: int | None = None,
        verify_ssl: bool | str | ssl.SSLContext = True,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        """Connect to base_url with credential: a store API key (sent as X-API-Key), or for the customer page
        classes a customer token (sent as X-Customer-Token).

        base_url: the host root or the documented form ending in /v1 (a trailing /v1 is dropped, as every
        operation path starts with it). timeout: seconds or an httpx.Timeout per try (default 30 s, 10 s to
        connect). retry: a RetryPolicy (default: 3 tries; 429 for any method after Retry-After; 5xx and
        connection errors for GET/PUT/DELETE only, never POST), or None. requests_per_second,
        max_concurrency: optional client-side pacing of every try. httpx_args: passed on to httpx.
        """
        header = self.credential_header
        check_api_key(credential, "token" if header == CUSTOMER_TOKEN_HEADER else "api_key")
        self.client = build_client(
            credential,
            header,
            base_url,
            timeout=timeout,
            retry=retry,
            requests_per_second=requests_per_second,
            max_concurrency=max_concurrency,
            verify_ssl=verify_ssl,
            raise_on_unexpected_status=False,
            httpx_args=httpx_args,
        )
        self._bind()

    @classmethod
    def from_client(cls, client: AuthenticatedClient) -> Self:
        """Wrap an AuthenticatedClient you built yourself (connect() or the constructor)."""
        api = cls.__new__(cls)
        api.client = client
        api._bind()
        return api

    def _bind(self) -> None:
        """Attach the resource groups (generated subclasses do)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.client._base_url!r})"


class SyncApi(_Api):
    def close(self) -> None:
        """Close the connection pool."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class AsyncApi(_Api):
    """Reusable across event loops: each asyncio.run() gets its own connection pool."""

    async def aclose(self) -> None:
        """Close this event loop's connection pool (the client stays usable: a new one opens on demand)."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()


class SyncResource:
    """One group of operations on a SyncApi; methods raise ApiError subclasses."""

    __slots__ = ("_api",)

    def __init__(self, api: _Api) -> None:
        self._api = api

    def _call(self, operation: Callable[..., Response[T | Problem]], /, **arguments: Any) -> T:
        try:
            response = operation(client=self._api.client, **arguments)
        except httpx.RequestError as error:
            raise connection_error(error) from error
        return unwrap(response)

    def _iterate(
        self, operation: Callable[..., Response[Page[T] | Problem]], /, *, limit: int | Unset, **arguments: Any
    ) -> Iterator[T]:
        return iterate(operation, self._api.client, limit=limit, **arguments)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._api!r}>"


class AsyncResource:
    """One group of operations on an AsyncApi; coroutines that raise ApiError subclasses."""

    __slots__ = ("_api",)

    def __init__(self, api: _Api) -> None:
        self._api = api

    async def _call(self, operation: Callable[..., Awaitable[Response[T | Problem]]], /, **arguments: Any) -> T:
        try:
            response = await operation(client=self._api.client, **arguments)
        except httpx.RequestError as error:
            raise connection_error(error) from error
        except RuntimeError as error:
            if "Event loop is closed" in str(error):
                raise RuntimeError(_CLOSED_LOOP_HINT) from error
            raise
        return unwrap(response)

    def _iterate(
        self,
        operation: Callable[..., Awaitable[Response[Page[T] | Problem]]],
        /,
        *,
        limit: int | Unset,
        **arguments: Any,
    ) -> AsyncIterator[T]:
        return aiterate(operation, self._api.client, limit=limit, **arguments)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._api!r}>"
