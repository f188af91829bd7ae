from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category_response import CategoryResponse
from ...models.problem import Problem
from ...types import Response, status_of


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/categories/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CategoryResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CategoryResponse.from_dict(response.json())

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
) -> Response[CategoryResponse | Problem]:
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
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CategoryResponse | Problem]:
    """Delete a category

    Deletes the category. Products that were in it are not deleted; they only stop belonging to
    it.

    Args:
        id (UUID): The category's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[CategoryResponse | Problem]: parsed is the success model or the Problem of a
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
) -> CategoryResponse | Problem | None:
    """Delete a category

    Deletes the category. Products that were in it are not deleted; they only stop belonging to
    it.

    Args:
        id (UUID): The category's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        CategoryResponse | Problem | None: the success model or the Problem of a documented error
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
) -> Response[CategoryResponse | Problem]:
    """Delete a category

    Deletes the category. Products that were in it are not deleted; they only stop belonging to
    it.

    Args:
        id (UUID): The category's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[CategoryResponse | Problem]: parsed is the success model or the Problem of a
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
) -> CategoryResponse | Problem | None:
    """Delete a category

    Deletes the category. Products that were in it are not deleted; they only stop belonging to
    it.

    Args:
        id (UUID): The category's UUID.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        CategoryResponse | Problem | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
    )
    return response.parsed
