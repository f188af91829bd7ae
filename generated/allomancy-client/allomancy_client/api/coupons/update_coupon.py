from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_response import CouponResponse
from ...models.problem import Problem
from ...models.update_coupon_request import UpdateCouponRequest
from ...types import Response, status_of


def _get_kwargs(
    id: UUID,
    *,
    body: UpdateCouponRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/coupons/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CouponResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CouponResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CouponResponse | Problem]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCouponRequest,
) -> Response[CouponResponse | Problem]:
    """Replace a coupon

     Replaces the coupon's code, percentages and flags. Every field left out of the body returns
    to its default. The owner never changes.

    Args:
        id (UUID):
        body (UpdateCouponRequest): The replacement coupon fields. The owner cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponResponse | Problem]
    """

    request = _get_kwargs(
        id=id,
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCouponRequest,
) -> CouponResponse | Problem | None:
    """Replace a coupon

     Replaces the coupon's code, percentages and flags. Every field left out of the body returns
    to its default. The owner never changes.

    Args:
        id (UUID):
        body (UpdateCouponRequest): The replacement coupon fields. The owner cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponResponse | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCouponRequest,
) -> Response[CouponResponse | Problem]:
    """Replace a coupon

     Replaces the coupon's code, percentages and flags. Every field left out of the body returns
    to its default. The owner never changes.

    Args:
        id (UUID):
        body (UpdateCouponRequest): The replacement coupon fields. The owner cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponResponse | Problem]
    """

    request = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCouponRequest,
) -> CouponResponse | Problem | None:
    """Replace a coupon

     Replaces the coupon's code, percentages and flags. Every field left out of the body returns
    to its default. The owner never changes.

    Args:
        id (UUID):
        body (UpdateCouponRequest): The replacement coupon fields. The owner cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponResponse | Problem
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    return response.parsed
