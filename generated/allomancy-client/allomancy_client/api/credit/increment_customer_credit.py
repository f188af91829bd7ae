from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_credit_response import CustomerCreditResponse
from ...models.increment_customer_credit_request import IncrementCustomerCreditRequest
from ...models.problem import Problem
from ...types import Response, status_of


def _get_kwargs(
    identifier: str,
    *,
    body: IncrementCustomerCreditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{identifier}/actions/increment-credit".format(
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
    body: IncrementCustomerCreditRequest,
) -> Response[CustomerCreditResponse | Problem]:
    """Change a customer's credit

     Adds a positive `delta` to the store-credit balance or removes a negative one. The balance
    never goes below zero or above the credit limit: such a change answers 400 and leaves the
    balance as it was. Each call applies again; there is no idempotency key.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (IncrementCustomerCreditRequest): A change to a balance.

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
    body: IncrementCustomerCreditRequest,
) -> CustomerCreditResponse | Problem | None:
    """Change a customer's credit

     Adds a positive `delta` to the store-credit balance or removes a negative one. The balance
    never goes below zero or above the credit limit: such a change answers 400 and leaves the
    balance as it was. Each call applies again; there is no idempotency key.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (IncrementCustomerCreditRequest): A change to a balance.

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
    body: IncrementCustomerCreditRequest,
) -> Response[CustomerCreditResponse | Problem]:
    """Change a customer's credit

     Adds a positive `delta` to the store-credit balance or removes a negative one. The balance
    never goes below zero or above the credit limit: such a change answers 400 and leaves the
    balance as it was. Each call applies again; there is no idempotency key.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (IncrementCustomerCreditRequest): A change to a balance.

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
    body: IncrementCustomerCreditRequest,
) -> CustomerCreditResponse | Problem | None:
    """Change a customer's credit

     Adds a positive `delta` to the store-credit balance or removes a negative one. The balance
    never goes below zero or above the credit limit: such a change answers 400 and leaves the
    balance as it was. Each call applies again; there is no idempotency key.

    Args:
        identifier (str): A Second Life username (one or two dot-separated parts) or an avatar
            UUID.
        body (IncrementCustomerCreditRequest): A change to a balance.

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
