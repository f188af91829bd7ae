"""Walk every row of a paginated list operation, one page request at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

import httpx

from allomancy_client.client import AuthenticatedClient
from allomancy_client.models.pagination import Pagination
from allomancy_client.models.problem import Problem
from allomancy_client.types import UNSET, Response, Unset

from .errors import connection_error, unwrap

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Page(Protocol[T_co]):
    """What every *Page model has: the rows and the cursor block."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def pagination(self) -> Pagination: ...


def _next(page: Page[object], cursor: str | Unset) -> str | None:
    following = page.pagination.next_cursor
    if following is not None and following == cursor:
        raise RuntimeError("the server answered the same cursor again; stopping instead of looping")
    return following


def iterate(
    operation: Callable[..., Response[Page[T] | Problem]],
    client: AuthenticatedClient,
    *,
    limit: int | Unset = 100,
    **params: Any,
) -> Iterator[T]:
    """Yield every row of a list operation, requesting the next page only when the rows run out.

        for customer in iterate(list_customers.sync_detailed, client, limit=500, news_subscriber=True):
            ...

    operation is the sync_detailed function of any paginated list; limit is the page size (1 to 1000, as
    the API calls it); params are its other arguments (path parameters and filters), repeated on every
    page as the API requires. A failed page raises the matching ApiError subclass. The typed way to do the
    same: Allomancy(...).customers.iter(news_subscriber=True), whose keywords mypy checks.
    """
    cursor: str | Unset = UNSET
    while True:
        try:
            response = operation(client=client, limit=limit, cursor=cursor, **params)
        except httpx.RequestError as error:
            raise connection_error(error) from error
        page = unwrap(response)
        yield from page.data
        following = _next(page, cursor)
        if following is None:
            return
        cursor = following


async def aiterate(
    operation: Callable[..., Awaitable[Response[Page[T] | Problem]]],
    client: AuthenticatedClient,
    *,
    limit: int | Unset = 100,
    **params: Any,
) -> AsyncIterator[T]:
    """The async twin of iterate(): pass the asyncio_detailed function and use `async for`."""
    cursor: str | Unset = UNSET
    while True:
        try:
            response = await operation(client=client, limit=limit, cursor=cursor, **params)
        except httpx.RequestError as error:
            raise connection_error(error) from error
        page = unwrap(response)
        for row in page.data:
            yield row
        following = _next(page, cursor)
        if following is None:
            return
        cursor = following
