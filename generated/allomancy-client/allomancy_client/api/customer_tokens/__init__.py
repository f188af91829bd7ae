"""The "customer_tokens" group of the API: its operation modules and the CustomerTokens / AsyncCustomerTokens resources."""

from uuid import UUID

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.customer_token_response import CustomerTokenResponse
from ...models.mint_customer_token_request import MintCustomerTokenRequest
from ...types import UNSET, Unset
from . import (
    mint_customer_token,
)


class CustomerTokens(SyncResource):
    """The "customer_tokens" operations; each raises an ApiError subclass when the call fails.

    mint(): Mint a customer token
    """

    __slots__ = ()

    def mint(
        self,
        *,
        body: MintCustomerTokenRequest | None = None,
        customer_identifier: str | Unset = UNSET,
        collective_id: None | Unset | UUID = UNSET,
    ) -> CustomerTokenResponse:
        """Mint a customer token

        Mints a short-lived token for one of the store's customers and the URL of the customer page
        that opens with it (`{origin}/#ct={token}`). With `collectiveId`, the token opens the
        collective's page instead, and only the store that owns the collective may ask for one.

        Args:
            body (MintCustomerTokenRequest): Whom to mint a customer token for.

        Body fields, as keyword arguments instead of body= (not both):
            customer_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.
            collective_id (optional): A UUID in its string form, or null.

        Returns:
            CustomerTokenResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_tokens.mint_customer_token.sync_detailed
        """
        return self._call(
            mint_customer_token.sync_detailed,
            body=required_body(
                MintCustomerTokenRequest, body, customer_identifier=customer_identifier, collective_id=collective_id
            ),
        )


class AsyncCustomerTokens(AsyncResource):
    """The "customer_tokens" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def mint(
        self,
        *,
        body: MintCustomerTokenRequest | None = None,
        customer_identifier: str | Unset = UNSET,
        collective_id: None | Unset | UUID = UNSET,
    ) -> CustomerTokenResponse:
        """Mint a customer token

        Mints a short-lived token for one of the store's customers and the URL of the customer page
        that opens with it (`{origin}/#ct={token}`). With `collectiveId`, the token opens the
        collective's page instead, and only the store that owns the collective may ask for one.

        Args:
            body (MintCustomerTokenRequest): Whom to mint a customer token for.

        Body fields, as keyword arguments instead of body= (not both):
            customer_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.
            collective_id (optional): A UUID in its string form, or null.

        Returns:
            CustomerTokenResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_tokens.mint_customer_token.asyncio_detailed
        """
        return await self._call(
            mint_customer_token.asyncio_detailed,
            body=required_body(
                MintCustomerTokenRequest, body, customer_identifier=customer_identifier, collective_id=collective_id
            ),
        )


__all__ = [
    "AsyncCustomerTokens",
    "CustomerTokens",
    "mint_customer_token",
]
