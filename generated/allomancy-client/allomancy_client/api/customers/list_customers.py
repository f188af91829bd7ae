from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_page import CustomerPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    news_subscriber: bool | Unset = UNSET,
    spent_more_than: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["newsSubscriber"] = news_subscriber

    params["spentMoreThan"] = spent_more_than

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomerPage | Problem | None:
    if response.status_code == 200:
        response_200 = CustomerPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[CustomerPage | Problem]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    news_subscriber: bool | Unset = UNSET,
    spent_more_than: int | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """List customers

     Returns a page of the store's customers. The optional filters combine with AND.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        news_subscriber (bool | Unset):
        spent_more_than (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPage | Problem]
    """

    request = _get_kwargs(
        limit=limit,
        cursor=cursor,
        news_subscriber=news_subscriber,
        spent_more_than=spent_more_than,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    news_subscriber: bool | Unset = UNSET,
    spent_more_than: int | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """List customers

     Returns a page of the store's customers. The optional filters combine with AND.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        news_subscriber (bool | Unset):
        spent_more_than (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        news_subscriber=news_subscriber,
        spent_more_than=spent_more_than,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    news_subscriber: bool | Unset = UNSET,
    spent_more_than: int | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """List customers

     Returns a page of the store's customers. The optional filters combine with AND.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        news_subscriber (bool | Unset):
        spent_more_than (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPage | Problem]
    """

    request = _get_kwargs(
        limit=limit,
        cursor=cursor,
        news_subscriber=news_subscriber,
        spent_more_than=spent_more_than,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    news_subscriber: bool | Unset = UNSET,
    spent_more_than: int | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """List customers

     Returns a page of the store's customers. The optional filters combine with AND.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        news_subscriber (bool | Unset):
        spent_more_than (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPage | Problem
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        news_subscriber=news_subscriber,
        spent_more_than=spent_more_than,
    )
    return response.parsed
