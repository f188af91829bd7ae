from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_page import CouponPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    identifier: str,
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/coupons/owner/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CouponPage | Problem | None:
    if response.status_code == 200:
        response_200 = CouponPage.from_dict(response.json())

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
) -> Response[CouponPage | Problem]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[CouponPage | Problem]:
    """List a resident's coupons

     Returns a page of the coupons owned by a resident, the avatar who earns the coupon's
    commission (not a customer who redeems it). The `active` filter is not available here.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponPage | Problem]
    """

    request = _get_kwargs(
        identifier=identifier,
        limit=limit,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> CouponPage | Problem | None:
    """List a resident's coupons

     Returns a page of the coupons owned by a resident, the avatar who earns the coupon's
    commission (not a customer who redeems it). The `active` filter is not available here.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponPage | Problem
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[CouponPage | Problem]:
    """List a resident's coupons

     Returns a page of the coupons owned by a resident, the avatar who earns the coupon's
    commission (not a customer who redeems it). The `active` filter is not available here.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponPage | Problem]
    """

    request = _get_kwargs(
        identifier=identifier,
        limit=limit,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> CouponPage | Problem | None:
    """List a resident's coupons

     Returns a page of the coupons owned by a resident, the avatar who earns the coupon's
    commission (not a customer who redeems it). The `active` filter is not available here.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponPage | Problem
    """

    response = await asyncio_detailed(
        identifier=identifier,
        client=client,
        limit=limit,
        cursor=cursor,
    )
    return response.parsed
