"""The "coupons" group of the API: its operation modules and the Coupons / AsyncCoupons resources."""

from collections.abc import AsyncIterator, Iterator
from uuid import UUID

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.applied_coupon_response import AppliedCouponResponse
from ...models.apply_coupon_by_code import ApplyCouponByCode
from ...models.apply_coupon_by_id import ApplyCouponById
from ...models.apply_coupon_by_owner import ApplyCouponByOwner
from ...models.coupon_page import CouponPage
from ...models.coupon_response import CouponResponse
from ...models.create_coupon_request import CreateCouponRequest
from ...models.revoke_coupon_by_code import RevokeCouponByCode
from ...models.revoke_coupon_by_id import RevokeCouponById
from ...models.revoke_coupon_by_owner import RevokeCouponByOwner
from ...models.revoked_coupon_response import RevokedCouponResponse
from ...models.update_coupon_request import UpdateCouponRequest
from ...types import UNSET, Unset
from . import (
    apply_coupon,
    create_coupon,
    get_coupon,
    list_coupons,
    list_coupons_by_owner,
    revoke_coupon,
    update_coupon,
)


class Coupons(SyncResource):
    """The "coupons" operations; each raises an ApiError subclass when the call fails.

    apply(): Apply a coupon to a customer
    create(): Create a coupon
    get(): Get a coupon
    list(): List coupons
    list_by_owner(): List a resident's coupons
    revoke(): Revoke a coupon from a customer
    update(): Replace a coupon
    """

    __slots__ = ()

    def apply(
        self,
        identifier: str,
        *,
        body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
    ) -> AppliedCouponResponse:
        """Apply a coupon to a customer

        Attaches a coupon to the customer, store-wide (scope 0) or for one product (scope 1), until
        `expiresAt`. Name the coupon with exactly one of `code`, `couponOwnerUuid` or `couponId`.
        At most one application exists per customer, scope and product: a second call for the same
        triple overwrites the first, and the answer then says `replaced: true`.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner): Which coupon to apply, where,
                and for how long. Exactly one of `code`, `couponOwnerUuid` and
                `couponId` names the coupon. With scope 1, `productId` is required; with scope 0 it must be
                left out (or null).

        Returns:
            AppliedCouponResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.apply_coupon.sync_detailed
        """
        return self._call(
            apply_coupon.sync_detailed,
            identifier=identifier,
            body=body,
        )

    def create(
        self,
        *,
        body: CreateCouponRequest | None = None,
        code: str | Unset = UNSET,
        owner_identifier: str | Unset = UNSET,
        discount: int | Unset = UNSET,
        owner_profit: int | Unset = UNSET,
        active: bool | Unset = UNSET,
        bloggers_sync: bool | Unset = UNSET,
    ) -> CouponResponse:
        """Create a coupon

        Creates a coupon owned by a resident, who earns `ownerProfit` on its use. The owner must
        resolve to a known avatar. `usesPerCustomer` and `expiration` cannot be set here.

        Args:
            body (CreateCouponRequest): The coupon to create.

        Body fields, as keyword arguments instead of body= (not both):
            code: A coupon code.
            owner_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.
            discount (optional): The discount percentage the customer gets.
            owner_profit (optional): The percentage the owner earns.
            active (optional): Whether the coupon is active.
            bloggers_sync (optional): Whether the blogger programme receives this coupon.

        Returns:
            CouponResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            ConflictError: HTTP 409. The request conflicts with the current state (a coupon code already in use by another
                coupon of the store).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.create_coupon.sync_detailed
        """
        return self._call(
            create_coupon.sync_detailed,
            body=required_body(
                CreateCouponRequest,
                body,
                code=code,
                owner_identifier=owner_identifier,
                discount=discount,
                owner_profit=owner_profit,
                active=active,
                bloggers_sync=bloggers_sync,
            ),
        )

    def get(
        self,
        id: UUID,
    ) -> CouponResponse:
        """Get a coupon

        Returns one coupon by its UUID.

        Args:
            id (UUID): The coupon's UUID.

        Returns:
            CouponResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.get_coupon.sync_detailed
        """
        return self._call(
            get_coupon.sync_detailed,
            id=id,
        )

    def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        active: bool | Unset = UNSET,
    ) -> CouponPage:
        """List coupons

        Returns a page of every coupon of the store, optionally only active or only inactive ones.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            active (bool | Unset): Only coupons whose active flag equals this value.

        Returns:
            CouponPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.list_coupons.sync_detailed
        """
        return self._call(
            list_coupons.sync_detailed,
            limit=limit,
            cursor=cursor,
            active=active,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        active: bool | Unset = UNSET,
    ) -> Iterator[CouponResponse]:
        """Every row of "List coupons", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            active (bool | Unset): Only coupons whose active flag equals this value.

        Yields:
            CouponResponse: one row at a time.

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
        """
        return self._iterate(
            list_coupons.sync_detailed,
            limit=limit,
            active=active,
        )

    def list_by_owner(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> CouponPage:
        """List a resident's coupons

        Returns a page of the coupons owned by a resident, the avatar who earns the coupon's
        commission (not a customer who redeems it). The `active` filter is not available here.

        Args:
            identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
                answers 400; one that matches no known avatar answers 404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.

        Returns:
            CouponPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.list_coupons_by_owner.sync_detailed
        """
        return self._call(
            list_coupons_by_owner.sync_detailed,
            identifier=identifier,
            limit=limit,
            cursor=cursor,
        )

    def iter_by_owner(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
    ) -> Iterator[CouponResponse]:
        """Every row of "List a resident's coupons", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
                answers 400; one that matches no known avatar answers 404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.

        Yields:
            CouponResponse: one row at a time.

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
            list_coupons_by_owner.sync_detailed,
            identifier=identifier,
            limit=limit,
        )

    def revoke(
        self,
        identifier: str,
        *,
        body: RevokeCouponByCode | RevokeCouponById | RevokeCouponByOwner,
    ) -> RevokedCouponResponse:
        """Revoke a coupon from a customer

        Removes the customer's application of the coupon at the given scope and product. Revoking
        something that is not applied (also a coupon or product that does not exist) is not an error:
        the answer is `revoked: false`. Only a customer who cannot be found answers 404. The call is
        idempotent.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (RevokeCouponByCode | RevokeCouponById | RevokeCouponByOwner): Which coupon application to
                remove. The coupon is named and scoped exactly as in
                ApplyCouponRequest; there is no `expiresInHours` here.

        Returns:
            RevokedCouponResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.revoke_coupon.sync_detailed
        """
        return self._call(
            revoke_coupon.sync_detailed,
            identifier=identifier,
            body=body,
        )

    def update(
        self,
        id: UUID,
        *,
        body: UpdateCouponRequest | None = None,
        code: str | Unset = UNSET,
        discount: int | Unset = UNSET,
        owner_profit: int | Unset = UNSET,
        active: bool | Unset = UNSET,
        bloggers_sync: bool | Unset = UNSET,
    ) -> CouponResponse:
        """Replace a coupon

        Replaces the coupon's code, percentages and flags. Every field left out of the body returns
        to its default. The owner never changes.

        Args:
            id (UUID): The coupon's UUID.
            body (UpdateCouponRequest): The replacement coupon fields. The owner cannot change.

        Body fields, as keyword arguments instead of body= (not both):
            code: A coupon code.
            discount (optional): The discount percentage the customer gets.
            owner_profit (optional): The percentage the owner earns.
            active (optional): Whether the coupon is active.
            bloggers_sync (optional): Whether the blogger programme receives this coupon.

        Returns:
            CouponResponse: the parsed answer.

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
            ConflictError: HTTP 409. The request conflicts with the current state (a coupon code already in use by another
                coupon of the store).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.update_coupon.sync_detailed
        """
        return self._call(
            update_coupon.sync_detailed,
            id=id,
            body=required_body(
                UpdateCouponRequest,
                body,
                code=code,
                discount=discount,
                owner_profit=owner_profit,
                active=active,
                bloggers_sync=bloggers_sync,
            ),
        )


class AsyncCoupons(AsyncResource):
    """The "coupons" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def apply(
        self,
        identifier: str,
        *,
        body: ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner,
    ) -> AppliedCouponResponse:
        """Apply a coupon to a customer

        Attaches a coupon to the customer, store-wide (scope 0) or for one product (scope 1), until
        `expiresAt`. Name the coupon with exactly one of `code`, `couponOwnerUuid` or `couponId`.
        At most one application exists per customer, scope and product: a second call for the same
        triple overwrites the first, and the answer then says `replaced: true`.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (ApplyCouponByCode | ApplyCouponById | ApplyCouponByOwner): Which coupon to apply, where,
                and for how long. Exactly one of `code`, `couponOwnerUuid` and
                `couponId` names the coupon. With scope 1, `productId` is required; with scope 0 it must be
                left out (or null).

        Returns:
            AppliedCouponResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.apply_coupon.asyncio_detailed
        """
        return await self._call(
            apply_coupon.asyncio_detailed,
            identifier=identifier,
            body=body,
        )

    async def create(
        self,
        *,
        body: CreateCouponRequest | None = None,
        code: str | Unset = UNSET,
        owner_identifier: str | Unset = UNSET,
        discount: int | Unset = UNSET,
        owner_profit: int | Unset = UNSET,
        active: bool | Unset = UNSET,
        bloggers_sync: bool | Unset = UNSET,
    ) -> CouponResponse:
        """Create a coupon

        Creates a coupon owned by a resident, who earns `ownerProfit` on its use. The owner must
        resolve to a known avatar. `usesPerCustomer` and `expiration` cannot be set here.

        Args:
            body (CreateCouponRequest): The coupon to create.

        Body fields, as keyword arguments instead of body= (not both):
            code: A coupon code.
            owner_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.
            discount (optional): The discount percentage the customer gets.
            owner_profit (optional): The percentage the owner earns.
            active (optional): Whether the coupon is active.
            bloggers_sync (optional): Whether the blogger programme receives this coupon.

        Returns:
            CouponResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            ConflictError: HTTP 409. The request conflicts with the current state (a coupon code already in use by another
                coupon of the store).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.create_coupon.asyncio_detailed
        """
        return await self._call(
            create_coupon.asyncio_detailed,
            body=required_body(
                CreateCouponRequest,
                body,
                code=code,
                owner_identifier=owner_identifier,
                discount=discount,
                owner_profit=owner_profit,
                active=active,
                bloggers_sync=bloggers_sync,
            ),
        )

    async def get(
        self,
        id: UUID,
    ) -> CouponResponse:
        """Get a coupon

        Returns one coupon by its UUID.

        Args:
            id (UUID): The coupon's UUID.

        Returns:
            CouponResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.get_coupon.asyncio_detailed
        """
        return await self._call(
            get_coupon.asyncio_detailed,
            id=id,
        )

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        active: bool | Unset = UNSET,
    ) -> CouponPage:
        """List coupons

        Returns a page of every coupon of the store, optionally only active or only inactive ones.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            active (bool | Unset): Only coupons whose active flag equals this value.

        Returns:
            CouponPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.list_coupons.asyncio_detailed
        """
        return await self._call(
            list_coupons.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            active=active,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        active: bool | Unset = UNSET,
    ) -> AsyncIterator[CouponResponse]:
        """Every row of "List coupons", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            active (bool | Unset): Only coupons whose active flag equals this value.

        Yields:
            CouponResponse: one row at a time.

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
        """
        return self._iterate(
            list_coupons.asyncio_detailed,
            limit=limit,
            active=active,
        )

    async def list_by_owner(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> CouponPage:
        """List a resident's coupons

        Returns a page of the coupons owned by a resident, the avatar who earns the coupon's
        commission (not a customer who redeems it). The `active` filter is not available here.

        Args:
            identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
                answers 400; one that matches no known avatar answers 404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.

        Returns:
            CouponPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.list_coupons_by_owner.asyncio_detailed
        """
        return await self._call(
            list_coupons_by_owner.asyncio_detailed,
            identifier=identifier,
            limit=limit,
            cursor=cursor,
        )

    def iter_by_owner(
        self,
        identifier: str,
        *,
        limit: int | Unset = 100,
    ) -> AsyncIterator[CouponResponse]:
        """Every row of "List a resident's coupons", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            identifier (str): Any avatar, named by Second Life username or avatar UUID. A malformed value
                answers 400; one that matches no known avatar answers 404.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.

        Yields:
            CouponResponse: one row at a time.

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
            list_coupons_by_owner.asyncio_detailed,
            identifier=identifier,
            limit=limit,
        )

    async def revoke(
        self,
        identifier: str,
        *,
        body: RevokeCouponByCode | RevokeCouponById | RevokeCouponByOwner,
    ) -> RevokedCouponResponse:
        """Revoke a coupon from a customer

        Removes the customer's application of the coupon at the given scope and product. Revoking
        something that is not applied (also a coupon or product that does not exist) is not an error:
        the answer is `revoked: false`. Only a customer who cannot be found answers 404. The call is
        idempotent.

        Args:
            identifier (str): The customer's Second Life username (e.g. `resident.username`) or avatar UUID.
                A malformed value answers 400; a well-formed one that matches no customer of the store answers
                404.
            body (RevokeCouponByCode | RevokeCouponById | RevokeCouponByOwner): Which coupon application to
                remove. The coupon is named and scoped exactly as in
                ApplyCouponRequest; there is no `expiresInHours` here.

        Returns:
            RevokedCouponResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.revoke_coupon.asyncio_detailed
        """
        return await self._call(
            revoke_coupon.asyncio_detailed,
            identifier=identifier,
            body=body,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: UpdateCouponRequest | None = None,
        code: str | Unset = UNSET,
        discount: int | Unset = UNSET,
        owner_profit: int | Unset = UNSET,
        active: bool | Unset = UNSET,
        bloggers_sync: bool | Unset = UNSET,
    ) -> CouponResponse:
        """Replace a coupon

        Replaces the coupon's code, percentages and flags. Every field left out of the body returns
        to its default. The owner never changes.

        Args:
            id (UUID): The coupon's UUID.
            body (UpdateCouponRequest): The replacement coupon fields. The owner cannot change.

        Body fields, as keyword arguments instead of body= (not both):
            code: A coupon code.
            discount (optional): The discount percentage the customer gets.
            owner_profit (optional): The percentage the owner earns.
            active (optional): Whether the coupon is active.
            bloggers_sync (optional): Whether the blogger programme receives this coupon.

        Returns:
            CouponResponse: the parsed answer.

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
            ConflictError: HTTP 409. The request conflicts with the current state (a coupon code already in use by another
                coupon of the store).
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.coupons.update_coupon.asyncio_detailed
        """
        return await self._call(
            update_coupon.asyncio_detailed,
            id=id,
            body=required_body(
                UpdateCouponRequest,
                body,
                code=code,
                discount=discount,
                owner_profit=owner_profit,
                active=active,
                bloggers_sync=bloggers_sync,
            ),
        )


__all__ = [
    "AsyncCoupons",
    "Coupons",
    "apply_coupon",
    "create_coupon",
    "get_coupon",
    "list_coupons",
    "list_coupons_by_owner",
    "revoke_coupon",
    "update_coupon",
]
