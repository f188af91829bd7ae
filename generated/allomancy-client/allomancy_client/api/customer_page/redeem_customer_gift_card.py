from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response, status_of


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customer/giftcards/{id}/redeem".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | bool | None:
    if response.status_code == 200:
        response_200 = cast(bool, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | bool]:
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
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | bool]:
    """Redeem a gift card

    Turns the card's balance into store credit of the customer in the card's store and marks the
    card redeemed. Credit from a card with an expiry is a dated lot that expires with the card;
    credit from a card without one is undated. Takes no body; answers the JSON value `true`.

    Args:
        id (UUID): The gift card's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[Problem | bool]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        id=id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | bool | None:
    """Redeem a gift card

    Turns the card's balance into store credit of the customer in the card's store and marks the
    card redeemed. Credit from a card with an expiry is a dated lot that expires with the card;
    credit from a card without one is undated. Takes no body; answers the JSON value `true`.

    Args:
        id (UUID): The gift card's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Problem | bool | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | bool]:
    """Redeem a gift card

    Turns the card's balance into store credit of the customer in the card's store and marks the
    card redeemed. Credit from a card with an expiry is a dated lot that expires with the card;
    credit from a card without one is undated. Takes no body; answers the JSON value `true`.

    Args:
        id (UUID): The gift card's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[Problem | bool]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | bool | None:
    """Redeem a gift card

    Turns the card's balance into store credit of the customer in the card's store and marks the
    card redeemed. Credit from a card with an expiry is a dated lot that expires with the card;
    credit from a card without one is undated. Takes no body; answers the JSON value `true`.

    Args:
        id (UUID): The gift card's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Problem | bool | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
    )
    return response.parsed
