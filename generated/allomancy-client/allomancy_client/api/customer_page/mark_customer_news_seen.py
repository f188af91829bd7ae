from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mark_news_seen_request import MarkNewsSeenRequest
from ...models.problem import Problem
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: MarkNewsSeenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customer/news/seen",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MarkNewsSeenRequest,
) -> Response[Any | Problem]:
    """Mark news posts seen

     Marks every post of one store as seen, or of every store in scope when `storeId` is null. Answers
    204 with no body.

    Args:
        body (MarkNewsSeenRequest): Which store's posts to mark seen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MarkNewsSeenRequest,
) -> Any | Problem | None:
    """Mark news posts seen

     Marks every post of one store as seen, or of every store in scope when `storeId` is null. Answers
    204 with no body.

    Args:
        body (MarkNewsSeenRequest): Which store's posts to mark seen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarkNewsSeenRequest,
) -> Response[Any | Problem]:
    """Mark news posts seen

     Marks every post of one store as seen, or of every store in scope when `storeId` is null. Answers
    204 with no body.

    Args:
        body (MarkNewsSeenRequest): Which store's posts to mark seen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarkNewsSeenRequest,
) -> Any | Problem | None:
    """Mark news posts seen

     Marks every post of one store as seen, or of every store in scope when `storeId` is null. Answers
    204 with no body.

    Args:
        body (MarkNewsSeenRequest): Which store's posts to mark seen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return response.parsed
