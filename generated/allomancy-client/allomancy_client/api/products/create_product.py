from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.product_response import ProductResponse
from ...models.product_upsert_request import ProductUpsertRequest
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: ProductUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/products",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProductResponse | None:
    if response.status_code == 200:
        response_200 = ProductResponse.from_dict(response.json())

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
) -> Response[Problem | ProductResponse]:
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
    *,
    client: AuthenticatedClient,
    body: ProductUpsertRequest,
) -> Response[Problem | ProductResponse]:
    """Create a product

    Creates a product from a ProductUpsertRequest. Only `name` is required; every omitted field
    takes its documented default.

    Args:
        body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
            required; every other field
            has a default (listed on the field) that applies whenever the field is left out.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[Problem | ProductResponse]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProductUpsertRequest,
) -> Problem | ProductResponse | None:
    """Create a product

    Creates a product from a ProductUpsertRequest. Only `name` is required; every omitted field
    takes its documented default.

    Args:
        body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
            required; every other field
            has a default (listed on the field) that applies whenever the field is left out.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Problem | ProductResponse | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProductUpsertRequest,
) -> Response[Problem | ProductResponse]:
    """Create a product

    Creates a product from a ProductUpsertRequest. Only `name` is required; every omitted field
    takes its documented default.

    Args:
        body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
            required; every other field
            has a default (listed on the field) that applies whenever the field is left out.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Response[Problem | ProductResponse]: parsed is the success model or the Problem of a
            documented error status; None for an undocumented status (documented is False) or a body that
            could not be read (parse_error holds why).
    """

    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProductUpsertRequest,
) -> Problem | ProductResponse | None:
    """Create a product

    Creates a product from a ProductUpsertRequest. Only `name` is required; every omitted field
    takes its documented default.

    Args:
        body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
            required; every other field
            has a default (listed on the field) that applies whenever the field is left out.

    Raises:
        errors.UnexpectedStatus: The status is not documented for this operation and
            Client.raise_on_unexpected_status is True.
        httpx.TimeoutException, httpx.TransportError: The request timed out or could not be sent.

    Returns:
        Problem | ProductResponse | None: the success model or the Problem of a documented error
            status; None for an undocumented status or a body that could not be read (use sync_detailed, or
            the resource classes of allomancy_client.Allomancy, which raise ApiError subclasses instead).
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return response.parsed
