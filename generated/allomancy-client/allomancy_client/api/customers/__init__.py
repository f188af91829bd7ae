"""The "customers" group of the API: its operation modules and the Customers / AsyncCustomers resources."""

from collections.abc import AsyncIterator, Iterator

from ...kit.facade import AsyncResource, SyncResource, optional_body, required_body
from ...models.ban_customer_request import BanCustomerRequest
from ...models.customer_ban_state_response import CustomerBanStateResponse
from ...models.customer_page import CustomerPage
from ...models.customer_response import CustomerResponse
from ...models.customer_spend_response import CustomerSpendResponse
from ...models.update_customer_request import UpdateCustomerRequest
from ...types import UNSET, Unset
from . import (
    ban_customer,
    get_customer,
    get_customer_spend,
    list_customers,
    unban_customer,
    update_customer,
)


class Customers(SyncResource):
    """The "customers" operations; each raises an ApiError subclass when the call fails.

    ban(): Ban a customer
    get(): Get a customer
    get_spend(): Get a customer's spend
    list(): List customers
    unban(): Unban a customer
    update(): Replace a customer's discount and subscription
    """

    __slots__ = ()

    def ban(
        self,
        identifier: str,
        *,
        body: BanCustomerRequest | Unset = UNSET,
        reason: None | str | Unset = UNSET,
    ) -> CustomerBanStateResponse:
        """Ban a customer

        Bans the customer from the store. The body is optional: it can carry a reason, or be absent (or an
        empty object) for a ban without one. Banning a banned customer succeeds and changes nothing.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (BanCustomerRequest | Unset): An optional reason for a ban.

        Body fields, as keyword arguments instead of body= (not both):
            reason (optional): Why the customer is banned, up to 500 characters.

        Returns:
            CustomerBanStateResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.ban_customer.sync_detailed
        """
        return self._call(
            ban_customer.sync_detailed,
            identifier=identifier,
            body=optional_body(BanCustomerRequest, body, reason=reason),
        )

    def get(
        self,
        identifier: str,
    ) -> CustomerResponse:
        """Get a customer

        Returns one customer, ban state included.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.get_customer.sync_detailed
        """
        return self._call(
            get_customer.sync_detailed,
            identifier=identifier,
        )

    def get_spend(
        self,
        identifier: str,
    ) -> CustomerSpendResponse:
        """Get a customer's spend

        Reports how much the customer has spent with the store, in total and over the past year, and how
        many of its products they hold.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerSpendResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.get_customer_spend.sync_detailed
        """
        return self._call(
            get_customer_spend.sync_detailed,
            identifier=identifier,
        )

    def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        news_subscriber: bool | Unset = UNSET,
        spent_more_than: int | Unset = UNSET,
    ) -> CustomerPage:
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

        Returns:
            CustomerPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.list_customers.sync_detailed
        """
        return self._call(
            list_customers.sync_detailed,
            limit=limit,
            cursor=cursor,
            news_subscriber=news_subscriber,
            spent_more_than=spent_more_than,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        news_subscriber: bool | Unset = UNSET,
        spent_more_than: int | Unset = UNSET,
    ) -> Iterator[CustomerResponse]:
        """Every row of "List customers", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            news_subscriber (bool | Unset): Only customers whose news-kiosk subscription equals this value.
            spent_more_than (int | Unset): Only customers whose lifetime spend in L$ (the `sum` of their
                spend) is strictly greater than this value. A customer without recorded spend counts as 0.

        Yields:
            CustomerResponse: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customers.sync_detailed,
            limit=limit,
            news_subscriber=news_subscriber,
            spent_more_than=spent_more_than,
        )

    def unban(
        self,
        identifier: str,
    ) -> CustomerBanStateResponse:
        """Unban a customer

        Lifts the customer's ban. The call takes no body; unbanning a customer who is not banned succeeds.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerBanStateResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.unban_customer.sync_detailed
        """
        return self._call(
            unban_customer.sync_detailed,
            identifier=identifier,
        )

    def update(
        self,
        identifier: str,
        *,
        body: UpdateCustomerRequest | None = None,
        discount: int | Unset = UNSET,
        news_subscriber: bool | Unset = UNSET,
    ) -> CustomerResponse:
        """Replace a customer's discount and subscription

        Sets the customer's personal discount and news-kiosk subscription. A field left out of the
        body returns to its default (0 and false). Credit is not changed here.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (UpdateCustomerRequest): The replacement discount and subscription of a customer. Left-out
                fields take their defaults.

        Body fields, as keyword arguments instead of body= (not both):
            discount (optional): The customer's personal discount percentage.
            news_subscriber (optional): Whether the customer receives the store's news-kiosk posts.

        Returns:
            CustomerResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.update_customer.sync_detailed
        """
        return self._call(
            update_customer.sync_detailed,
            identifier=identifier,
            body=required_body(UpdateCustomerRequest, body, discount=discount, news_subscriber=news_subscriber),
        )


class AsyncCustomers(AsyncResource):
    """The "customers" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def ban(
        self,
        identifier: str,
        *,
        body: BanCustomerRequest | Unset = UNSET,
        reason: None | str | Unset = UNSET,
    ) -> CustomerBanStateResponse:
        """Ban a customer

        Bans the customer from the store. The body is optional: it can carry a reason, or be absent (or an
        empty object) for a ban without one. Banning a banned customer succeeds and changes nothing.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (BanCustomerRequest | Unset): An optional reason for a ban.

        Body fields, as keyword arguments instead of body= (not both):
            reason (optional): Why the customer is banned, up to 500 characters.

        Returns:
            CustomerBanStateResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.ban_customer.asyncio_detailed
        """
        return await self._call(
            ban_customer.asyncio_detailed,
            identifier=identifier,
            body=optional_body(BanCustomerRequest, body, reason=reason),
        )

    async def get(
        self,
        identifier: str,
    ) -> CustomerResponse:
        """Get a customer

        Returns one customer, ban state included.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.get_customer.asyncio_detailed
        """
        return await self._call(
            get_customer.asyncio_detailed,
            identifier=identifier,
        )

    async def get_spend(
        self,
        identifier: str,
    ) -> CustomerSpendResponse:
        """Get a customer's spend

        Reports how much the customer has spent with the store, in total and over the past year, and how
        many of its products they hold.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerSpendResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.get_customer_spend.asyncio_detailed
        """
        return await self._call(
            get_customer_spend.asyncio_detailed,
            identifier=identifier,
        )

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        news_subscriber: bool | Unset = UNSET,
        spent_more_than: int | Unset = UNSET,
    ) -> CustomerPage:
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

        Returns:
            CustomerPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.list_customers.asyncio_detailed
        """
        return await self._call(
            list_customers.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            news_subscriber=news_subscriber,
            spent_more_than=spent_more_than,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        news_subscriber: bool | Unset = UNSET,
        spent_more_than: int | Unset = UNSET,
    ) -> AsyncIterator[CustomerResponse]:
        """Every row of "List customers", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            news_subscriber (bool | Unset): Only customers whose news-kiosk subscription equals this value.
            spent_more_than (int | Unset): Only customers whose lifetime spend in L$ (the `sum` of their
                spend) is strictly greater than this value. A customer without recorded spend counts as 0.

        Yields:
            CustomerResponse: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customers.asyncio_detailed,
            limit=limit,
            news_subscriber=news_subscriber,
            spent_more_than=spent_more_than,
        )

    async def unban(
        self,
        identifier: str,
    ) -> CustomerBanStateResponse:
        """Unban a customer

        Lifts the customer's ban. The call takes no body; unbanning a customer who is not banned succeeds.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerBanStateResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.unban_customer.asyncio_detailed
        """
        return await self._call(
            unban_customer.asyncio_detailed,
            identifier=identifier,
        )

    async def update(
        self,
        identifier: str,
        *,
        body: UpdateCustomerRequest | None = None,
        discount: int | Unset = UNSET,
        news_subscriber: bool | Unset = UNSET,
    ) -> CustomerResponse:
        """Replace a customer's discount and subscription

        Sets the customer's personal discount and news-kiosk subscription. A field left out of the
        body returns to its default (0 and false). Credit is not changed here.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (UpdateCustomerRequest): The replacement discount and subscription of a customer. Left-out
                fields take their defaults.

        Body fields, as keyword arguments instead of body= (not both):
            discount (optional): The customer's personal discount percentage.
            news_subscriber (optional): Whether the customer receives the store's news-kiosk posts.

        Returns:
            CustomerResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.customers.update_customer.asyncio_detailed
        """
        return await self._call(
            update_customer.asyncio_detailed,
            identifier=identifier,
            body=required_body(UpdateCustomerRequest, body, discount=discount, news_subscriber=news_subscriber),
        )


__all__ = [
    "AsyncCustomers",
    "Customers",
    "ban_customer",
    "get_customer",
    "get_customer_spend",
    "list_customers",
    "unban_customer",
    "update_customer",
]
