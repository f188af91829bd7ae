"""The "credit" group of the API: its operation modules and the Credit / AsyncCredit resources."""

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.customer_credit_response import CustomerCreditResponse
from ...models.increment_customer_credit_request import IncrementCustomerCreditRequest
from ...models.set_customer_credit_request import SetCustomerCreditRequest
from ...types import UNSET, Unset
from . import (
    get_customer_credit,
    increment_customer_credit,
    increment_customer_restricted_credit,
    set_customer_credit,
    set_customer_restricted_credit,
)


class Credit(SyncResource):
    """The "credit" operations; each raises an ApiError subclass when the call fails.

    get(): Get a customer's credit
    increment(): Change a customer's credit
    increment_restricted(): Change a customer's restricted credit
    set(): Set a customer's credit
    set_restricted(): Set a customer's restricted credit
    """

    __slots__ = ()

    def get(
        self,
        identifier: str,
    ) -> CustomerCreditResponse:
        """Get a customer's credit

        Returns the customer's store-credit and restricted-credit balances.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.get_customer_credit.sync_detailed
        """
        return self._call(
            get_customer_credit.sync_detailed,
            identifier=identifier,
        )

    def increment(
        self,
        identifier: str,
        *,
        body: IncrementCustomerCreditRequest | None = None,
        delta: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Change a customer's credit

        Adds a positive `delta` to the store-credit balance or removes a negative one. The balance
        never goes below zero or above the credit limit: such a change answers 400 and leaves the
        balance as it was. Each call applies again; there is no idempotency key.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (IncrementCustomerCreditRequest): A change to a balance.

        Body fields, as keyword arguments instead of body= (not both):
            delta: The change in L$; positive adds, negative removes. Zero is rejected.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.increment_customer_credit.sync_detailed
        """
        return self._call(
            increment_customer_credit.sync_detailed,
            identifier=identifier,
            body=required_body(IncrementCustomerCreditRequest, body, delta=delta),
        )

    def increment_restricted(
        self,
        identifier: str,
        *,
        body: IncrementCustomerCreditRequest | None = None,
        delta: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Change a customer's restricted credit

        Adds a positive `delta` to the restricted-credit balance or removes a negative one, within
        zero and the credit limit. A change past either bound answers 400 and changes nothing.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (IncrementCustomerCreditRequest): A change to a balance.

        Body fields, as keyword arguments instead of body= (not both):
            delta: The change in L$; positive adds, negative removes. Zero is rejected.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.increment_customer_restricted_credit.sync_detailed
        """
        return self._call(
            increment_customer_restricted_credit.sync_detailed,
            identifier=identifier,
            body=required_body(IncrementCustomerCreditRequest, body, delta=delta),
        )

    def set(
        self,
        identifier: str,
        *,
        body: SetCustomerCreditRequest | None = None,
        credit: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Set a customer's credit

        Writes the store-credit balance to an absolute value. Repeating the call has no further
        effect. An empty object sets the balance to 0.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (SetCustomerCreditRequest): The new absolute balance.

        Body fields, as keyword arguments instead of body= (not both):
            credit (optional): The new balance in L$.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.set_customer_credit.sync_detailed
        """
        return self._call(
            set_customer_credit.sync_detailed,
            identifier=identifier,
            body=required_body(SetCustomerCreditRequest, body, credit=credit),
        )

    def set_restricted(
        self,
        identifier: str,
        *,
        body: SetCustomerCreditRequest | None = None,
        credit: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Set a customer's restricted credit

        Writes the restricted-credit balance (credit that cannot be used for gifting) to an absolute
        value. An empty object sets it to 0.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (SetCustomerCreditRequest): The new absolute balance.

        Body fields, as keyword arguments instead of body= (not both):
            credit (optional): The new balance in L$.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.set_customer_restricted_credit.sync_detailed
        """
        return self._call(
            set_customer_restricted_credit.sync_detailed,
            identifier=identifier,
            body=required_body(SetCustomerCreditRequest, body, credit=credit),
        )


class AsyncCredit(AsyncResource):
    """The "credit" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def get(
        self,
        identifier: str,
    ) -> CustomerCreditResponse:
        """Get a customer's credit

        Returns the customer's store-credit and restricted-credit balances.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.get_customer_credit.asyncio_detailed
        """
        return await self._call(
            get_customer_credit.asyncio_detailed,
            identifier=identifier,
        )

    async def increment(
        self,
        identifier: str,
        *,
        body: IncrementCustomerCreditRequest | None = None,
        delta: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Change a customer's credit

        Adds a positive `delta` to the store-credit balance or removes a negative one. The balance
        never goes below zero or above the credit limit: such a change answers 400 and leaves the
        balance as it was. Each call applies again; there is no idempotency key.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (IncrementCustomerCreditRequest): A change to a balance.

        Body fields, as keyword arguments instead of body= (not both):
            delta: The change in L$; positive adds, negative removes. Zero is rejected.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.increment_customer_credit.asyncio_detailed
        """
        return await self._call(
            increment_customer_credit.asyncio_detailed,
            identifier=identifier,
            body=required_body(IncrementCustomerCreditRequest, body, delta=delta),
        )

    async def increment_restricted(
        self,
        identifier: str,
        *,
        body: IncrementCustomerCreditRequest | None = None,
        delta: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Change a customer's restricted credit

        Adds a positive `delta` to the restricted-credit balance or removes a negative one, within
        zero and the credit limit. A change past either bound answers 400 and changes nothing.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (IncrementCustomerCreditRequest): A change to a balance.

        Body fields, as keyword arguments instead of body= (not both):
            delta: The change in L$; positive adds, negative removes. Zero is rejected.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.increment_customer_restricted_credit.asyncio_detailed
        """
        return await self._call(
            increment_customer_restricted_credit.asyncio_detailed,
            identifier=identifier,
            body=required_body(IncrementCustomerCreditRequest, body, delta=delta),
        )

    async def set(
        self,
        identifier: str,
        *,
        body: SetCustomerCreditRequest | None = None,
        credit: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Set a customer's credit

        Writes the store-credit balance to an absolute value. Repeating the call has no further
        effect. An empty object sets the balance to 0.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (SetCustomerCreditRequest): The new absolute balance.

        Body fields, as keyword arguments instead of body= (not both):
            credit (optional): The new balance in L$.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.set_customer_credit.asyncio_detailed
        """
        return await self._call(
            set_customer_credit.asyncio_detailed,
            identifier=identifier,
            body=required_body(SetCustomerCreditRequest, body, credit=credit),
        )

    async def set_restricted(
        self,
        identifier: str,
        *,
        body: SetCustomerCreditRequest | None = None,
        credit: int | Unset = UNSET,
    ) -> CustomerCreditResponse:
        """Set a customer's restricted credit

        Writes the restricted-credit balance (credit that cannot be used for gifting) to an absolute
        value. An empty object sets it to 0.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (SetCustomerCreditRequest): The new absolute balance.

        Body fields, as keyword arguments instead of body= (not both):
            credit (optional): The new balance in L$.

        Returns:
            CustomerCreditResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.credit.set_customer_restricted_credit.asyncio_detailed
        """
        return await self._call(
            set_customer_restricted_credit.asyncio_detailed,
            identifier=identifier,
            body=required_body(SetCustomerCreditRequest, body, credit=credit),
        )


__all__ = [
    "AsyncCredit",
    "Credit",
    "get_customer_credit",
    "increment_customer_credit",
    "increment_customer_restricted_credit",
    "set_customer_credit",
    "set_customer_restricted_credit",
]
