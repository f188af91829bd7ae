"""The "loyalty" group of the API: its operation modules and the Loyalty / AsyncLoyalty resources."""

import builtins

from ...kit.facade import AsyncResource, SyncResource
from ...models.loyalty_tier_response import LoyaltyTierResponse
from . import (
    list_loyalty_tiers,
)


class Loyalty(SyncResource):
    """The "loyalty" operations; each raises an ApiError subclass when the call fails.

    list_tiers(): List loyalty tiers
    """

    __slots__ = ()

    def list_tiers(
        self,
    ) -> builtins.list[LoyaltyTierResponse]:
        """List loyalty tiers

        Returns every loyalty tier of the store as a plain JSON array: this list is not paginated
        and has no envelope. A store without tiers answers with an empty array.

        Returns:
            list[LoyaltyTierResponse]: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.loyalty.list_loyalty_tiers.sync_detailed
        """
        return self._call(
            list_loyalty_tiers.sync_detailed,
        )


class AsyncLoyalty(AsyncResource):
    """The "loyalty" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def list_tiers(
        self,
    ) -> builtins.list[LoyaltyTierResponse]:
        """List loyalty tiers

        Returns every loyalty tier of the store as a plain JSON array: this list is not paginated
        and has no envelope. A store without tiers answers with an empty array.

        Returns:
            list[LoyaltyTierResponse]: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.loyalty.list_loyalty_tiers.asyncio_detailed
        """
        return await self._call(
            list_loyalty_tiers.asyncio_detailed,
        )


__all__ = [
    "AsyncLoyalty",
    "Loyalty",
    "list_loyalty_tiers",
]
