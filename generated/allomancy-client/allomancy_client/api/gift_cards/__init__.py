"""The "gift_cards" group of the API: its operation modules and the GiftCards / AsyncGiftCards resources."""

from collections.abc import AsyncIterator, Iterator
from uuid import UUID

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.gift_card_page import GiftCardPage
from ...models.gift_card_response import GiftCardResponse
from ...models.grant_gift_card_request import GrantGiftCardRequest
from ...models.update_gift_card_request import UpdateGiftCardRequest
from ...types import UNSET, Unset
from . import (
    disable_gift_card,
    get_gift_card,
    grant_gift_card,
    list_customer_gift_cards,
    update_gift_card,
)


class GiftCards(SyncResource):
    """The "gift_cards" operations; each raises an ApiError subclass when the call fails.

    disable(): Disable a gift card
    get(): Get a gift card
    grant(): Grant a gift card
    list(): List a customer's gift cards
    update(): Replace a gift card
    """

    __slots__ = ()

    def disable(
        self,
        id: UUID,
    ) -> GiftCardResponse:
        """Disable a gift card

        Marks the gift card inactive. The call takes no body; disabling a disabled card succeeds.
        There is no enable action: replace the card with `active: true` instead.

        Args:
            id (UUID): The gift card's UUID.

        Returns:
            GiftCardResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
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

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.disable_gift_card.sync_detailed
        """
        return self._call(
            disable_gift_card.sync_detailed,
            id=id,
        )

    def get(
        self,
        id: UUID,
    ) -> GiftCardResponse:
        """Get a gift card

        Looks up a single gift card of the store by id.

        Args:
            id (UUID): The gift card's UUID.

        Returns:
            GiftCardResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.get_gift_card.sync_detailed
        """
        return self._call(
            get_gift_card.sync_detailed,
            id=id,
        )

    def grant(
        self,
        identifier: str,
        *,
        body: GrantGiftCardRequest | None = None,
        credit: int | Unset = UNSET,
        texture: None | Unset | UUID = UNSET,
        transfer: bool | Unset = UNSET,
    ) -> GiftCardResponse:
        """Grant a gift card

        Issues a new gift card to the customer. Granting is the sole route for creating cards with an API
        key; the card starts active, unredeemed and flagged as granted rather than bought. Every call
        issues one more card.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (GrantGiftCardRequest): The gift card to grant.

        Body fields, as keyword arguments instead of body= (not both):
            credit: The card's balance in L$, at least 1.
            texture (optional): A UUID in its string form, or null.
            transfer (optional): Whether the card can be transferred.

        Returns:
            GiftCardResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist for this key: the path, the store, a
                customer or avatar, or an object of the store (objects of other stores count as
                missing).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.grant_gift_card.sync_detailed
        """
        return self._call(
            grant_gift_card.sync_detailed,
            identifier=identifier,
            body=required_body(GrantGiftCardRequest, body, credit=credit, texture=texture, transfer=transfer),
        )

    def list(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        redeemed: bool | Unset = UNSET,
    ) -> GiftCardPage:
        """List a customer's gift cards

        Returns a page of the cards owned by one customer; cards can only be listed per customer. The
        optional filters combine with AND.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            active (bool | Unset): Only gift cards whose active flag equals this value.
            redeemed (bool | Unset): Only gift cards whose redeemed flag equals this value.

        Returns:
            GiftCardPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
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

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.list_customer_gift_cards.sync_detailed
        """
        return self._call(
            list_customer_gift_cards.sync_detailed,
            identifier=identifier,
            limit=limit,
            cursor=cursor,
            active=active,
            redeemed=redeemed,
        )

    def iter(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
        active: bool | Unset = UNSET,
        redeemed: bool | Unset = UNSET,
    ) -> Iterator[GiftCardResponse]:
        """Every row of "List a customer's gift cards", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            active (bool | Unset): Only gift cards whose active flag equals this value.
            redeemed (bool | Unset): Only gift cards whose redeemed flag equals this value.

        Yields:
            GiftCardResponse: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
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
        """
        return self._iterate(
            list_customer_gift_cards.sync_detailed,
            identifier=identifier,
            limit=limit,
            active=active,
            redeemed=redeemed,
        )

    def update(
        self,
        id: UUID,
        *,
        body: UpdateGiftCardRequest | None = None,
        credit: int | Unset = UNSET,
        texture: None | Unset | UUID = UNSET,
        transfer: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
    ) -> GiftCardResponse:
        """Replace a gift card

        Overwrites the card's credit, texture, transferability and activity. Any field missing from the body
        is reset to its default rather than kept; `active` defaults to false, so leaving it out disables
        the card. Ownership cannot be changed.

        Args:
            id (UUID): The gift card's UUID.
            body (UpdateGiftCardRequest): The replacement gift-card fields. Left-out fields take their
                defaults; `active` defaults to false.

        Body fields, as keyword arguments instead of body= (not both):
            credit (optional): The card's balance in L$.
            texture (optional): A UUID in its string form, or null.
            transfer (optional): Whether the card can be transferred.
            active (optional): Whether the card is active.

        Returns:
            GiftCardResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist for this key: the path, the store, a
                customer or avatar, or an object of the store (objects of other stores count as
                missing).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.update_gift_card.sync_detailed
        """
        return self._call(
            update_gift_card.sync_detailed,
            id=id,
            body=required_body(
                UpdateGiftCardRequest, body, credit=credit, texture=texture, transfer=transfer, active=active
            ),
        )


class AsyncGiftCards(AsyncResource):
    """The "gift_cards" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def disable(
        self,
        id: UUID,
    ) -> GiftCardResponse:
        """Disable a gift card

        Marks the gift card inactive. The call takes no body; disabling a disabled card succeeds.
        There is no enable action: replace the card with `active: true` instead.

        Args:
            id (UUID): The gift card's UUID.

        Returns:
            GiftCardResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
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

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.disable_gift_card.asyncio_detailed
        """
        return await self._call(
            disable_gift_card.asyncio_detailed,
            id=id,
        )

    async def get(
        self,
        id: UUID,
    ) -> GiftCardResponse:
        """Get a gift card

        Looks up a single gift card of the store by id.

        Args:
            id (UUID): The gift card's UUID.

        Returns:
            GiftCardResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.get_gift_card.asyncio_detailed
        """
        return await self._call(
            get_gift_card.asyncio_detailed,
            id=id,
        )

    async def grant(
        self,
        identifier: str,
        *,
        body: GrantGiftCardRequest | None = None,
        credit: int | Unset = UNSET,
        texture: None | Unset | UUID = UNSET,
        transfer: bool | Unset = UNSET,
    ) -> GiftCardResponse:
        """Grant a gift card

        Issues a new gift card to the customer. Granting is the sole route for creating cards with an API
        key; the card starts active, unredeemed and flagged as granted rather than bought. Every call
        issues one more card.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (GrantGiftCardRequest): The gift card to grant.

        Body fields, as keyword arguments instead of body= (not both):
            credit: The card's balance in L$, at least 1.
            texture (optional): A UUID in its string form, or null.
            transfer (optional): Whether the card can be transferred.

        Returns:
            GiftCardResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist for this key: the path, the store, a
                customer or avatar, or an object of the store (objects of other stores count as
                missing).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.grant_gift_card.asyncio_detailed
        """
        return await self._call(
            grant_gift_card.asyncio_detailed,
            identifier=identifier,
            body=required_body(GrantGiftCardRequest, body, credit=credit, texture=texture, transfer=transfer),
        )

    async def list(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        redeemed: bool | Unset = UNSET,
    ) -> GiftCardPage:
        """List a customer's gift cards

        Returns a page of the cards owned by one customer; cards can only be listed per customer. The
        optional filters combine with AND.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            active (bool | Unset): Only gift cards whose active flag equals this value.
            redeemed (bool | Unset): Only gift cards whose redeemed flag equals this value.

        Returns:
            GiftCardPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
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

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.list_customer_gift_cards.asyncio_detailed
        """
        return await self._call(
            list_customer_gift_cards.asyncio_detailed,
            identifier=identifier,
            limit=limit,
            cursor=cursor,
            active=active,
            redeemed=redeemed,
        )

    def iter(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
        active: bool | Unset = UNSET,
        redeemed: bool | Unset = UNSET,
    ) -> AsyncIterator[GiftCardResponse]:
        """Every row of "List a customer's gift cards", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            active (bool | Unset): Only gift cards whose active flag equals this value.
            redeemed (bool | Unset): Only gift cards whose redeemed flag equals this value.

        Yields:
            GiftCardResponse: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
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
        """
        return self._iterate(
            list_customer_gift_cards.asyncio_detailed,
            identifier=identifier,
            limit=limit,
            active=active,
            redeemed=redeemed,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: UpdateGiftCardRequest | None = None,
        credit: int | Unset = UNSET,
        texture: None | Unset | UUID = UNSET,
        transfer: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
    ) -> GiftCardResponse:
        """Replace a gift card

        Overwrites the card's credit, texture, transferability and activity. Any field missing from the body
        is reset to its default rather than kept; `active` defaults to false, so leaving it out disables
        the card. Ownership cannot be changed.

        Args:
            id (UUID): The gift card's UUID.
            body (UpdateGiftCardRequest): The replacement gift-card fields. Left-out fields take their
                defaults; `active` defaults to false.

        Body fields, as keyword arguments instead of body= (not both):
            credit (optional): The card's balance in L$.
            texture (optional): A UUID in its string form, or null.
            transfer (optional): Whether the card can be transferred.
            active (optional): Whether the card is active.

        Returns:
            GiftCardResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist for this key: the path, the store, a
                customer or avatar, or an object of the store (objects of other stores count as
                missing).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.gift_cards.update_gift_card.asyncio_detailed
        """
        return await self._call(
            update_gift_card.asyncio_detailed,
            id=id,
            body=required_body(
                UpdateGiftCardRequest, body, credit=credit, texture=texture, transfer=transfer, active=active
            ),
        )


__all__ = [
    "AsyncGiftCards",
    "GiftCards",
    "disable_gift_card",
    "get_gift_card",
    "grant_gift_card",
    "list_customer_gift_cards",
    "update_gift_card",
]
