"""The "categories" group of the API: its operation modules and the Categories / AsyncCategories resources."""

from collections.abc import AsyncIterator, Iterator
from uuid import UUID

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.category_page import CategoryPage
from ...models.category_response import CategoryResponse
from ...models.create_category_request import CreateCategoryRequest
from ...models.product_page import ProductPage
from ...models.product_response import ProductResponse
from ...models.update_category_request import UpdateCategoryRequest
from ...types import UNSET, Unset
from . import (
    add_product_to_category,
    create_category,
    delete_category,
    get_category,
    list_categories,
    list_category_products,
    remove_product_from_category,
    update_category,
)


class Categories(SyncResource):
    """The "categories" operations; each raises an ApiError subclass when the call fails.

    add_product(): Add a product to a category
    create(): Create a category
    delete(): Delete a category
    get(): Get a category
    list(): List categories
    list_products(): List a category's products
    remove_product(): Remove a product from a category
    update(): Rename a category
    """

    __slots__ = ()

    def add_product(
        self,
        id: UUID,
        product_id: UUID,
    ) -> CategoryResponse:
        """Add a product to a category

        Puts the product in the category. Adding a product that is already a member changes
        nothing and still succeeds.

        Args:
            id (UUID): The category's UUID.
            product_id (UUID): The UUID of the product to add or remove.

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.add_product_to_category.sync_detailed
        """
        return self._call(
            add_product_to_category.sync_detailed,
            id=id,
            product_id=product_id,
        )

    def create(
        self,
        *,
        body: CreateCategoryRequest | None = None,
        name: str | Unset = UNSET,
    ) -> CategoryResponse:
        """Create a category

        Creates an empty category with the given name.

        Args:
            body (CreateCategoryRequest): The new category.

        Body fields, as keyword arguments instead of body= (not both):
            name: The name of a category (between 1 and 100 characters).

        Returns:
            CategoryResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.create_category.sync_detailed
        """
        return self._call(
            create_category.sync_detailed,
            body=required_body(CreateCategoryRequest, body, name=name),
        )

    def delete(
        self,
        id: UUID,
    ) -> CategoryResponse:
        """Delete a category

        Deletes the category. Products that were in it are not deleted; they only stop belonging to
        it.

        Args:
            id (UUID): The category's UUID.

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.delete_category.sync_detailed
        """
        return self._call(
            delete_category.sync_detailed,
            id=id,
        )

    def get(
        self,
        id: UUID,
    ) -> CategoryResponse:
        """Get a category

        Returns one category by its UUID.

        Args:
            id (UUID): The category's UUID.

        Returns:
            CategoryResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.get_category.sync_detailed
        """
        return self._call(
            get_category.sync_detailed,
            id=id,
        )

    def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> CategoryPage:
        """List categories

        Returns a page of the store's categories.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.

        Returns:
            CategoryPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.list_categories.sync_detailed
        """
        return self._call(
            list_categories.sync_detailed,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
    ) -> Iterator[CategoryResponse]:
        """Every row of "List categories", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.

        Yields:
            CategoryResponse: one row at a time.

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
            list_categories.sync_detailed,
            limit=limit,
        )

    def list_products(
        self,
        id: UUID,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> ProductPage:
        """List a category's products

        Returns a page of the active products in the category: the same rows as listing products
        filtered by this category.

        Args:
            id (UUID): The category's UUID.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.

        Returns:
            ProductPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.list_category_products.sync_detailed
        """
        return self._call(
            list_category_products.sync_detailed,
            id=id,
            limit=limit,
            cursor=cursor,
        )

    def iter_products(
        self,
        id: UUID,
        *,
        limit: int | Unset = 100,
    ) -> Iterator[ProductResponse]:
        """Every row of "List a category's products", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            id (UUID): The category's UUID.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.

        Yields:
            ProductResponse: one row at a time.

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
            list_category_products.sync_detailed,
            id=id,
            limit=limit,
        )

    def remove_product(
        self,
        id: UUID,
        product_id: UUID,
    ) -> CategoryResponse:
        """Remove a product from a category

        Takes the product out of the category. Removing a product that is not a member changes
        nothing and still succeeds. The product itself is not deleted.

        Args:
            id (UUID): The category's UUID.
            product_id (UUID): The UUID of the product to add or remove.

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.remove_product_from_category.sync_detailed
        """
        return self._call(
            remove_product_from_category.sync_detailed,
            id=id,
            product_id=product_id,
        )

    def update(
        self,
        id: UUID,
        *,
        body: UpdateCategoryRequest | None = None,
        name: str | Unset = UNSET,
    ) -> CategoryResponse:
        """Rename a category

        Sets the category's name. Product membership is unchanged.

        Args:
            id (UUID): The category's UUID.
            body (UpdateCategoryRequest): The category's new name.

        Body fields, as keyword arguments instead of body= (not both):
            name: The name of a category (between 1 and 100 characters).

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.update_category.sync_detailed
        """
        return self._call(
            update_category.sync_detailed,
            id=id,
            body=required_body(UpdateCategoryRequest, body, name=name),
        )


class AsyncCategories(AsyncResource):
    """The "categories" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def add_product(
        self,
        id: UUID,
        product_id: UUID,
    ) -> CategoryResponse:
        """Add a product to a category

        Puts the product in the category. Adding a product that is already a member changes
        nothing and still succeeds.

        Args:
            id (UUID): The category's UUID.
            product_id (UUID): The UUID of the product to add or remove.

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.add_product_to_category.asyncio_detailed
        """
        return await self._call(
            add_product_to_category.asyncio_detailed,
            id=id,
            product_id=product_id,
        )

    async def create(
        self,
        *,
        body: CreateCategoryRequest | None = None,
        name: str | Unset = UNSET,
    ) -> CategoryResponse:
        """Create a category

        Creates an empty category with the given name.

        Args:
            body (CreateCategoryRequest): The new category.

        Body fields, as keyword arguments instead of body= (not both):
            name: The name of a category (between 1 and 100 characters).

        Returns:
            CategoryResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid: a malformed identifier or UUID, a bad pagination parameter, a
                body that is not valid JSON or breaks the schema, or a business rule (credit limit,
                insufficient credit, redeemed gift card).
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.create_category.asyncio_detailed
        """
        return await self._call(
            create_category.asyncio_detailed,
            body=required_body(CreateCategoryRequest, body, name=name),
        )

    async def delete(
        self,
        id: UUID,
    ) -> CategoryResponse:
        """Delete a category

        Deletes the category. Products that were in it are not deleted; they only stop belonging to
        it.

        Args:
            id (UUID): The category's UUID.

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.delete_category.asyncio_detailed
        """
        return await self._call(
            delete_category.asyncio_detailed,
            id=id,
        )

    async def get(
        self,
        id: UUID,
    ) -> CategoryResponse:
        """Get a category

        Returns one category by its UUID.

        Args:
            id (UUID): The category's UUID.

        Returns:
            CategoryResponse: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-API-Key header is missing, empty, repeated, malformed, unknown, revoked or
                expired.
            PermissionDeniedError: HTTP 403. The key is valid but lacks the scope this operation requires.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            RateLimitError: HTTP 429. The key sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.get_category.asyncio_detailed
        """
        return await self._call(
            get_category.asyncio_detailed,
            id=id,
        )

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> CategoryPage:
        """List categories

        Returns a page of the store's categories.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.

        Returns:
            CategoryPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.list_categories.asyncio_detailed
        """
        return await self._call(
            list_categories.asyncio_detailed,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
    ) -> AsyncIterator[CategoryResponse]:
        """Every row of "List categories", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.

        Yields:
            CategoryResponse: one row at a time.

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
            list_categories.asyncio_detailed,
            limit=limit,
        )

    async def list_products(
        self,
        id: UUID,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> ProductPage:
        """List a category's products

        Returns a page of the active products in the category: the same rows as listing products
        filtered by this category.

        Args:
            id (UUID): The category's UUID.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.

        Returns:
            ProductPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.list_category_products.asyncio_detailed
        """
        return await self._call(
            list_category_products.asyncio_detailed,
            id=id,
            limit=limit,
            cursor=cursor,
        )

    def iter_products(
        self,
        id: UUID,
        *,
        limit: int | Unset = 100,
    ) -> AsyncIterator[ProductResponse]:
        """Every row of "List a category's products", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            id (UUID): The category's UUID.
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.

        Yields:
            ProductResponse: one row at a time.

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
            list_category_products.asyncio_detailed,
            id=id,
            limit=limit,
        )

    async def remove_product(
        self,
        id: UUID,
        product_id: UUID,
    ) -> CategoryResponse:
        """Remove a product from a category

        Takes the product out of the category. Removing a product that is not a member changes
        nothing and still succeeds. The product itself is not deleted.

        Args:
            id (UUID): The category's UUID.
            product_id (UUID): The UUID of the product to add or remove.

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.remove_product_from_category.asyncio_detailed
        """
        return await self._call(
            remove_product_from_category.asyncio_detailed,
            id=id,
            product_id=product_id,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: UpdateCategoryRequest | None = None,
        name: str | Unset = UNSET,
    ) -> CategoryResponse:
        """Rename a category

        Sets the category's name. Product membership is unchanged.

        Args:
            id (UUID): The category's UUID.
            body (UpdateCategoryRequest): The category's new name.

        Body fields, as keyword arguments instead of body= (not both):
            name: The name of a category (between 1 and 100 characters).

        Returns:
            CategoryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.categories.update_category.asyncio_detailed
        """
        return await self._call(
            update_category.asyncio_detailed,
            id=id,
            body=required_body(UpdateCategoryRequest, body, name=name),
        )


__all__ = [
    "AsyncCategories",
    "Categories",
    "add_product_to_category",
    "create_category",
    "delete_category",
    "get_category",
    "list_categories",
    "list_category_products",
    "remove_product_from_category",
    "update_category",
]
