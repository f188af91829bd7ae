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


# What reading a body can raise: not JSON or truncated (ValueError), a missing field (KeyError),
# a wrong type (TypeError, AttributeError).
_UNREADABLE = (ValueError, LookupError, TypeError, AttributeError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerPage | Problem]:
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    news_subscriber: bool | Unset = UNSET,
    spent_more_than: int | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """List customers

    Returns a page of the store's customers. The optional filters combine with AND.

    Args:
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        news_subscriber (bool | Unset): Only customers whose news-kiosk subscription equals this value.
        spent_more_than (int | Unset): Only customers whose lifetime spend in L$ (the `sum` of their
            spend) is strictly greater than this value. A customer without recorded spend counts as 0.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[CustomerPage | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
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
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        news_subscriber (bool | Unset): Only customers whose news-kiosk subscription equals this value.
        spent_more_than (int | Unset): Only customers whose lifetime spend in L$ (the `sum` of their
            spend) is strictly greater than this value. A customer without recorded spend counts as 0.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        CustomerPage | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
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
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        news_subscriber (bool | Unset): Only customers whose news-kiosk subscription equals this value.
        spent_more_than (int | Unset): Only customers whose lifetime spend in L$ (the `sum` of their
            spend) is strictly greater than this value. A customer without recorded spend counts as 0.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[CustomerPage | Problem]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
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
        limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
            are never clamped. Default: 100.
        cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
            same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
            that was altered or comes from another list, store or filter set answers 400.
        news_subscriber (bool | Unset): Only customers whose news-kiosk subscription equals this value.
        spent_more_than (int | Unset): Only customers whose lifetime spend in L$ (the `sum` of their
            spend) is strictly greater than this value. A customer without recorded spend counts as 0.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        CustomerPage | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        news_subscriber=news_subscriber,
        spent_more_than=spent_more_than,
    )
    return response.parsed
