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


# What reading a body can raise: not JSON or truncated (ValueError), a missing field (KeyError),
# a wrong type (TypeError, AttributeError).
_UNREADABLE = (ValueError, LookupError, TypeError, AttributeError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CouponPage | Problem]:
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
        or response.status_code == 403
        or response.status_code == 404
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
        identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
            answers 400; one that matches no known avatar answers 404.
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[CouponPage | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
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
        identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
            answers 400; one that matches no known avatar answers 404.
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        CouponPage | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
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
        identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
            answers 400; one that matches no known avatar answers 404.
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[CouponPage | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
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
        identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
            answers 400; one that matches no known avatar answers 404.
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        CouponPage | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        identifier=identifier,
        client=client,
        limit=limit,
        cursor=cursor,
    )
    return response.parsed
