"""The machinery under the generated Allomancy / AsyncAllomancy classes and their resource groups.

The classes themselves (one attribute per group of the API reference, one method per operation, with the
operation's own typed parameters and docstring) are generated from the spec into allomancy_client.api;
this module holds what they share: building the client, calling an operation, raising the right
ApiError subclass, and walking pages.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, ClassVar, Self, TypedDict, TypeVar, Unpack

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
M = TypeVar("M")


def _fields_given(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if not isinstance(value, Unset)}


def required_body(model: Callable[..., M], body: M | None, **fields: Any) -> M:
    """The request body of an operation: the model object, or built from its fields given as keywords."""
    given = _fields_given(fields)
    if body is not None:
        if given:
            raise TypeError(f"pass body= or the body's fields ({', '.join(sorted(given))}), not both")
        return body
    return model(**given)


def optional_body(model: Callable[..., M], body: M | Unset, **fields: Any) -> M | Unset:
    """As required_body for an optional body: nothing given sends no body."""
    given = _fields_given(fields)
    if not isinstance(body, Unset):
        if given:
            raise TypeError(f"pass body= or the body's fields ({', '.join(sorted(given))}), not both")
        return body
    return model(**given) if given else body


_CLOSED_LOOP_HINT = (
    "the httpx transport passed in httpx_args was used in an event loop that has closed; pass a transport "
    "that opens its connections per loop (or none: the default does), or build one client per asyncio.run()"
)


class ClientOptions(TypedDict, total=False):
    """The constructor options every surface shares (see _Api._connect)."""

    timeout: httpx.Timeout | float | None
    retry: RetryPolicy | None
    requests_per_second: float | None
    max_concurrency: int | None
    verify_ssl: bool | str | ssl.SSLContext
    httpx_args: dict[str, Any] | None


API_KEY_VARIABLE = "ALLOMANCY_API_KEY"
BASE_URL_VARIABLE = "ALLOMANCY_BASE_URL"
CUSTOMER_TOKEN_VARIABLE = "ALLOMANCY_CUSTOMER_TOKEN"


def from_environment(value: str | None, argument: str, variable: str, owner: str) -> str:
    """value, else the environment variable; neither: a ValueError naming both ways (never a secret)."""
    if value is None:
        value = os.environ.get(variable, "").strip() or None
    if value is None:
        raise ValueError(f"{owner} needs {argument}: pass {owner}({argument}=...) or set the {variable} variable")
    return value


class _Api:
    client: AuthenticatedClient
    """The low-level client (allomancy_client.api.<group>.<operation> functions take it as client=)."""

    credential_header: ClassVar[str] = API_KEY_HEADER
    """The header the credential travels in: X-API-Key (a store key), or X-Customer-Token for the customer page."""

    def _connect(self, credential: str, base_url: str | None, options: ClientOptions) -> None:
        """Connect to base_url (else ALLOMANCY_BASE_URL, else the real API) with credential.

        base_url: the host root or the documented form ending in /v1 (a trailing /v1 is dropped, as every
        operation path starts with it). timeout: seconds or an httpx.Timeout per try (default 30 s, 10 s to
        connect). retry: a RetryPolicy (default: 3 tries; 429 for any method after Retry-After; 5xx and
        connection errors for GET/PUT/DELETE only, never POST), or None. requests_per_second,
        max_concurrency: optional client-side pacing of every try. httpx_args: passed on to httpx.
        """
        header = self.credential_header
        check_api_key(credential, "token" if header == CUSTOMER_TOKEN_HEADER else "api_key")
        if base_url is None:
            base_url = os.environ.get(BASE_URL_VARIABLE, "").strip() or DEFAULT_BASE_URL
        self.client = build_client(
            credential,
            header,
            base_url,
            timeout=options.get("timeout", DEFAULT_TIMEOUT),
            retry=options.get("retry", _DEFAULT_RETRY),
            requests_per_second=options.get("requests_per_second"),
            max_concurrency=options.get("max_concurrency"),
            verify_ssl=options.get("verify_ssl", True),
            raise_on_unexpected_status=False,
            httpx_args=options.get("httpx_args"),
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


class KeyApi(_Api):
    """The store API surface: a store API key, sent as X-API-Key."""

    def __init__(self, api_key: str | None = None, base_url: str | None = None, **options: Unpack[ClientOptions]):
        """api_key: a store API key, else ALLOMANCY_API_KEY. base_url: else ALLOMANCY_BASE_URL, else the real API
        (https://integrations.allomancy.net; the documented .../v1 form works too). options: timeout, retry,
        requests_per_second, max_concurrency, verify_ssl, httpx_args (see _connect)."""
        name = type(self).__name__
        self._connect(from_environment(api_key, "api_key", API_KEY_VARIABLE, name), base_url, options)


class TokenApi(_Api):
    """The customer page surface: a customer token (minted with a key), sent as X-Customer-Token."""

    credential_header = CUSTOMER_TOKEN_HEADER

    def __init__(self, token: str | None = None, base_url: str | None = None, **options: Unpack[ClientOptions]):
        """token: a customer token, else ALLOMANCY_CUSTOMER_TOKEN. base_url and options: as for Allomancy."""
        name = type(self).__name__
        self._connect(from_environment(token, "token", CUSTOMER_TOKEN_VARIABLE, name), base_url, options)


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
