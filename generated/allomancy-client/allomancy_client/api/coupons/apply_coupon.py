from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.applied_coupon_response import AppliedCouponResponse
from ...models.apply_coupon_by_code import ApplyCouponByCode
from ...models.apply_coupon_by_id import ApplyCouponById
from ...models.apply_coupon_by_owner import ApplyCouponByOwner
from ...models.problem import Problem
from ...types import Response, status_of


def _get_kwargs(
    identifier: str,
    *,
    body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{identifier}/actions/apply-coupon".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if isinstance(body, ApplyCouponByCode):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ApplyCouponByOwner):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppliedCouponResponse | Problem | None:
    if response.status_code == 200:
        response_200 = AppliedCouponResponse.from_dict(response.json())

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


# What reading a body can raise: not JSON or truncated (ValueError), a missing field (KeyError),
# a wrong type (TypeError, AttributeError).
_UNREADABLE = (ValueError, LookupError, TypeError, AttributeError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppliedCouponResponse | Problem]:
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
        or response.status_code == 413
        or response.status_code == 415
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
    body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
) -> Response[AppliedCouponResponse | Problem]:
    """Apply a coupon to a customer

    Attaches a coupon to the customer, store-wide (scope 0) or for one product (scope 1), until
    `expiresAt`. Name the coupon with exactly one of `code`, `couponOwnerUuid` or `couponId`.
    At most one application exists per customer, scope and product: a second call for the same
    triple overwrites the first, and the answer then says `replaced: true`.

    Args:
        identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
            A malformed value answers 400; a well-formed one that matches no customer of the store answers
            404.
        body (ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner): Which coupon to apply, where,
            and for how long. Exactly one of `code`, `couponOwnerUuid` and
            `couponId` names the coupon. With scope 1, `productId` is required; with scope 0 it must be
            left out (or null).

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[AppliedCouponResponse | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        identifier=identifier,
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
) -> AppliedCouponResponse | Problem | None:
    """Apply a coupon to a customer

    Attaches a coupon to the customer, store-wide (scope 0) or for one product (scope 1), until
    `expiresAt`. Name the coupon with exactly one of `code`, `couponOwnerUuid` or `couponId`.
    At most one application exists per customer, scope and product: a second call for the same
    triple overwrites the first, and the answer then says `replaced: true`.

    Args:
        identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
            A malformed value answers 400; a well-formed one that matches no customer of the store answers
            404.
        body (ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner): Which coupon to apply, where,
            and for how long. Exactly one of `code`, `couponOwnerUuid` and
            `couponId` names the coupon. With scope 1, `productId` is required; with scope 0 it must be
            left out (or null).

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        AppliedCouponResponse | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
) -> Response[AppliedCouponResponse | Problem]:
    """Apply a coupon to a customer

    Attaches a coupon to the customer, store-wide (scope 0) or for one product (scope 1), until
    `expiresAt`. Name the coupon with exactly one of `code`, `couponOwnerUuid` or `couponId`.
    At most one application exists per customer, scope and product: a second call for the same
    triple overwrites the first, and the answer then says `replaced: true`.

    Args:
        identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
            A malformed value answers 400; a well-formed one that matches no customer of the store answers
            404.
        body (ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner): Which coupon to apply, where,
            and for how long. Exactly one of `code`, `couponOwnerUuid` and
            `couponId` names the coupon. With scope 1, `productId` is required; with scope 0 it must be
            left out (or null).

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[AppliedCouponResponse | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        identifier=identifier,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
) -> AppliedCouponResponse | Problem | None:
    """Apply a coupon to a customer

    Attaches a coupon to the customer, store-wide (scope 0) or for one product (scope 1), until
    `expiresAt`. Name the coupon with exactly one of `code`, `couponOwnerUuid` or `couponId`.
    At most one application exists per customer, scope and product: a second call for the same
    triple overwrites the first, and the answer then says `replaced: true`.

    Args:
        identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
            A malformed value answers 400; a well-formed one that matches no customer of the store answers
            404.
        body (ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner): Which coupon to apply, where,
            and for how long. Exactly one of `code`, `couponOwnerUuid` and
            `couponId` names the coupon. With scope 1, `productId` is required; with scope 0 it must be
            left out (or null).

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        AppliedCouponResponse | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        identifier=identifier,
        client=client,
        body=body,
    )
    return response.parsed
