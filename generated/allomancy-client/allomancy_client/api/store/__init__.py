"""The "store" group of the API: its operation modules and the Store / AsyncStore resources."""

from ...kit.facade import AsyncResource, SyncResource
from ...models.store_response import StoreResponse
from . import (
    get_store,
)


class Store(SyncResource):
    """The "store" operations; each raises an ApiError subclass when the call fails.

    get(): Get the key's store
    """

    __slots__ = ()

    def get(
        self,
    ) -> StoreResponse:
        """Get the key's store

        Returns the store that owns the API key used for the call.

        Returns:
            StoreResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist for this key: the path, the store, a
                customer or avatar, or an object of the store (objects of other stores count as
                missing).
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.store.get_store.sync_detailed
        """
        return self._call(
            get_store.sync_detailed,
        )


class AsyncStore(AsyncResource):
    """The "store" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def get(
        self,
    ) -> StoreResponse:
        """Get the key's store

        Returns the store that owns the API key used for the call.

        Returns:
            StoreResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist for this key: the path, the store, a
                customer or avatar, or an object of the store (objects of other stores count as
                missing).
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.store.get_store.asyncio_detailed
        """
        return await self._call(
            get_store.asyncio_detailed,
        )


__all__ = [
    "AsyncStore",
    "Store",
    "get_store",
]
