from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_credit_response import CustomerCreditResponse
from ...models.problem import Problem
from ...models.set_customer_credit_request import SetCustomerCreditRequest
from ...types import Response, status_of


def _get_kwargs(
    identifier: str,
    *,
    body: SetCustomerCreditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{identifier}/actions/set-credit".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerCreditResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CustomerCreditResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerCreditResponse | Problem]:
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
    body: SetCustomerCreditRequest,
) -> Response[CustomerCreditResponse | Problem]:
    """Set a customer's credit

     Writes the store-credit balance to an absolute value. Repeating the call has no further
    effect. An empty object sets the balance to 0.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (SetCustomerCreditRequest): The new absolute balance.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCreditResponse | Problem]
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
    body: SetCustomerCreditRequest,
) -> CustomerCreditResponse | Problem | None:
    """Set a customer's credit

     Writes the store-credit balance to an absolute value. Repeating the call has no further
    effect. An empty object sets the balance to 0.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (SetCustomerCreditRequest): The new absolute balance.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCreditResponse | Problem
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
    body: SetCustomerCreditRequest,
) -> Response[CustomerCreditResponse | Problem]:
    """Set a customer's credit

     Writes the store-credit balance to an absolute value. Repeating the call has no further
    effect. An empty object sets the balance to 0.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (SetCustomerCreditRequest): The new absolute balance.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCreditResponse | Problem]
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
    body: SetCustomerCreditRequest,
) -> CustomerCreditResponse | Problem | None:
    """Set a customer's credit

     Writes the store-credit balance to an absolute value. Repeating the call has no further
    effect. An empty object sets the balance to 0.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (SetCustomerCreditRequest): The new absolute balance.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCreditResponse | Problem
    """

    response = await asyncio_detailed(
        identifier=identifier,
        client=client,
        body=body,
    )
    return response.parsed
