from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.news_post_page import NewsPostPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    limit: int | Unset = 24,
    cursor: str | Unset = UNSET,
    store_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_store_id: str | Unset = UNSET
    if not isinstance(store_id, Unset):
        json_store_id = str(store_id)
    params["storeId"] = json_store_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer/news",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NewsPostPage | Problem | None:
    if response.status_code == 200:
        response_200 = NewsPostPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


# What reading a body can raise: not JSON or truncated (ValueError), a missing field (KeyError),
# a wrong type (TypeError, AttributeError).
_UNREADABLE = (ValueError, LookupError, TypeError, AttributeError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NewsPostPage | Problem]:
    try:
        parsed = _parse_response(client=client, response=response)
    except _UNREADABLE as error:
        return Response(
            status_code=status_of(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=None,
            request=response.request,
            parse_error=error,
        )
    documented = parsed is not None or (
        response.status_code == 200
        or response.status_code == 400
        or response.status_code == 401
        or response.status_code == 429
        or response.status_code == 500
    )
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        request=response.request,
        documented=documented,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 24,
    cursor: str | Unset = UNSET,
    store_id: UUID | Unset = UNSET,
) -> Response[NewsPostPage | Problem]:
    """List news posts

    Returns a page of the news posts of the stores in scope. `canRequestItem` tells whether the
    customer may ask for the post's item: the post has an item, the item is handed out on demand,
    and the customer is an active news subscriber of the post's store.

    Args:
        limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
            non-integer values answer 400. Default: 24.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
            several stores; a store token covers one. A store the token does not cover answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[NewsPostPage | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        limit=limit,
        cursor=cursor,
        store_id=store_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 24,
    cursor: str | Unset = UNSET,
    store_id: UUID | Unset = UNSET,
) -> NewsPostPage | Problem | None:
    """List news posts

    Returns a page of the news posts of the stores in scope. `canRequestItem` tells whether the
    customer may ask for the post's item: the post has an item, the item is handed out on demand,
    and the customer is an active news subscriber of the post's store.

    Args:
        limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
            non-integer values answer 400. Default: 24.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
            several stores; a store token covers one. A store the token does not cover answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        NewsPostPage | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        store_id=store_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 24,
    cursor: str | Unset = UNSET,
    store_id: UUID | Unset = UNSET,
) -> Response[NewsPostPage | Problem]:
    """List news posts

    Returns a page of the news posts of the stores in scope. `canRequestItem` tells whether the
    customer may ask for the post's item: the post has an item, the item is handed out on demand,
    and the customer is an active news subscriber of the post's store.

    Args:
        limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
            non-integer values answer 400. Default: 24.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
            several stores; a store token covers one. A store the token does not cover answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[NewsPostPage | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        limit=limit,
        cursor=cursor,
        store_id=store_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 24,
    cursor: str | Unset = UNSET,
    store_id: UUID | Unset = UNSET,
) -> NewsPostPage | Problem | None:
    """List news posts

    Returns a page of the news posts of the stores in scope. `canRequestItem` tells whether the
    customer may ask for the post's item: the post has an item, the item is handed out on demand,
    and the customer is an active news subscriber of the post's store.

    Args:
        limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
            non-integer values answer 400. Default: 24.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
            several stores; a store token covers one. A store the token does not cover answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        NewsPostPage | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        store_id=store_id,
    )
    return response.parsed
