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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NewsPostPage | Problem]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
        limit (int | Unset):  Default: 24.
        cursor (str | Unset):
        store_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewsPostPage | Problem]
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
        limit (int | Unset):  Default: 24.
        cursor (str | Unset):
        store_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewsPostPage | Problem
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
        limit (int | Unset):  Default: 24.
        cursor (str | Unset):
        store_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewsPostPage | Problem]
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
        limit (int | Unset):  Default: 24.
        cursor (str | Unset):
        store_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewsPostPage | Problem
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        store_id=store_id,
    )
    return response.parsed
