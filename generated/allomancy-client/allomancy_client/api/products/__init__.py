"""The "products" group of the API: its operation modules and the Products / AsyncProducts resources."""

import builtins
from collections.abc import AsyncIterator, Iterator
from uuid import UUID

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.deliver_product_request import DeliverProductRequest
from ...models.discount import Discount
from ...models.permissions import Permissions
from ...models.product_delivery_response import ProductDeliveryResponse
from ...models.product_page import ProductPage
from ...models.product_response import ProductResponse
from ...models.product_upsert_request import ProductUpsertRequest
from ...models.profit_share_request import ProfitShareRequest
from ...types import UNSET, Unset
from . import (
    create_product,
    deliver_product,
    get_product,
    list_products,
    update_product,
)


class Products(SyncResource):
    """The "products" operations; each raises an ApiError subclass when the call fails.

    create(): Create a product
    deliver(): Deliver a product to a resident
    get(): Get a product
    list(): List active products
    update(): Replace a product
    """

    __slots__ = ()

    def create(
        self,
        *,
        body: ProductUpsertRequest | None = None,
        name: str | Unset = UNSET,
        price: int | Unset = UNSET,
        image: None | Unset | UUID = UNSET,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        permissions: None | Permissions | Unset = UNSET,
        discount: Discount | None | Unset = UNSET,
        available_amount: int | Unset = UNSET,
        limited: bool | Unset = UNSET,
        item: None | str | Unset = UNSET,
        block_credits: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        profit_shares: builtins.list[ProfitShareRequest] | None | Unset = UNSET,
        demo_id: None | Unset | UUID = UNSET,
        active: bool | Unset = UNSET,
    ) -> ProductResponse:
        """Create a product

        Creates a product from a ProductUpsertRequest. Only `name` is required; every omitted field
        takes its documented default.

        Args:
            body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
                required; every other field
                has a default (listed on the field) that applies whenever the field is left out.

        Body fields, as keyword arguments instead of body= (not both):
            name: The product name.
            price (optional): The listed price in L$.
            image (optional): A UUID in its string form, or null.
            listed (optional): Whether the product is listed.
            bloggable (optional): Whether bloggers may retrieve the product for review.
            permissions (optional): The permission flags; null or absent means {copy: true, modify: false, transfer: false}.
            discount (optional): The product's discount, or null for none.
            available_amount (optional): The stock count when limited is true.
            limited (optional): Whether stock is limited.
            item (optional): The name of the in-world item in the dispenser.
            block_credits (optional): Whether store credit cannot pay for the product.
            description (optional): The product description.
            profit_shares (optional): The profit split; null or absent means none.
            demo_id (optional): A UUID in its string form, or null.
            active (optional): Whether the product is active.

        Returns:
            ProductResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.create_product.sync_detailed
        """
        return self._call(
            create_product.sync_detailed,
            body=required_body(
                ProductUpsertRequest,
                body,
                name=name,
                price=price,
                image=image,
                listed=listed,
                bloggable=bloggable,
                permissions=permissions,
                discount=discount,
                available_amount=available_amount,
                limited=limited,
                item=item,
                block_credits=block_credits,
                description=description,
                profit_shares=profit_shares,
                demo_id=demo_id,
                active=active,
            ),
        )

    def deliver(
        self,
        id: UUID,
        *,
        body: DeliverProductRequest | None = None,
        recipient_identifier: str | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> ProductDeliveryResponse:
        """Deliver a product to a resident

        Asks the platform to hand the product to a resident in-world. The answer comes before the item
        arrives: `queued: true` confirms the request was accepted for asynchronous processing. Calling
        again sends another copy.

        Args:
            id (UUID): The product's UUID.
            body (DeliverProductRequest): Whom to deliver a product to, with an optional message.

        Body fields, as keyword arguments instead of body= (not both):
            recipient_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.
            message (optional): A message sent with the delivery, up to 250 characters.

        Returns:
            ProductDeliveryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.deliver_product.sync_detailed
        """
        return self._call(
            deliver_product.sync_detailed,
            id=id,
            body=required_body(DeliverProductRequest, body, recipient_identifier=recipient_identifier, message=message),
        )

    def get(
        self,
        id: UUID,
    ) -> ProductResponse:
        """Get a product

        Returns one product by its UUID, whether it is active or not.

        Args:
            id (UUID): The product's UUID.

        Returns:
            ProductResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.get_product.sync_detailed
        """
        return self._call(
            get_product.sync_detailed,
            id=id,
        )

    def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        category: UUID | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> ProductPage:
        """List active products

        Returns a page of the store's active products; inactive products never appear here. The
        optional filters combine with AND.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            listed (bool | Unset): Only products whose listed flag equals this value.
            bloggable (bool | Unset): Only products whose bloggable flag equals this value.
            category (UUID | Unset): Only products in the category with this UUID (a category's id, not its
                name).
            search (str | Unset): Case-insensitive substring match against the name or the description. `%`
                and `_` are ordinary characters. An empty or blank term applies no filter.

        Returns:
            ProductPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.list_products.sync_detailed
        """
        return self._call(
            list_products.sync_detailed,
            limit=limit,
            cursor=cursor,
            listed=listed,
            bloggable=bloggable,
            category=category,
            search=search,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        category: UUID | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Iterator[ProductResponse]:
        """Every row of "List active products", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            listed (bool | Unset): Only products whose listed flag equals this value.
            bloggable (bool | Unset): Only products whose bloggable flag equals this value.
            category (UUID | Unset): Only products in the category with this UUID (a category's id, not its
                name).
            search (str | Unset): Case-insensitive substring match against the name or the description. `%`
                and `_` are ordinary characters. An empty or blank term applies no filter.

        Yields:
            ProductResponse: one row at a time.

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
            list_products.sync_detailed,
            limit=limit,
            listed=listed,
            bloggable=bloggable,
            category=category,
            search=search,
        )

    def update(
        self,
        id: UUID,
        *,
        body: ProductUpsertRequest | None = None,
        name: str | Unset = UNSET,
        price: int | Unset = UNSET,
        image: None | Unset | UUID = UNSET,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        permissions: None | Permissions | Unset = UNSET,
        discount: Discount | None | Unset = UNSET,
        available_amount: int | Unset = UNSET,
        limited: bool | Unset = UNSET,
        item: None | str | Unset = UNSET,
        block_credits: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        profit_shares: builtins.list[ProfitShareRequest] | None | Unset = UNSET,
        demo_id: None | Unset | UUID = UNSET,
        active: bool | Unset = UNSET,
    ) -> ProductResponse:
        """Replace a product

        Replaces a product with the body. This is a full replace: every field left out of the body
        returns to its default, not to its previous value.

        Args:
            id (UUID): The product's UUID.
            body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
                required; every other field
                has a default (listed on the field) that applies whenever the field is left out.

        Body fields, as keyword arguments instead of body= (not both):
            name: The product name.
            price (optional): The listed price in L$.
            image (optional): A UUID in its string form, or null.
            listed (optional): Whether the product is listed.
            bloggable (optional): Whether bloggers may retrieve the product for review.
            permissions (optional): The permission flags; null or absent means {copy: true, modify: false, transfer: false}.
            discount (optional): The product's discount, or null for none.
            available_amount (optional): The stock count when limited is true.
            limited (optional): Whether stock is limited.
            item (optional): The name of the in-world item in the dispenser.
            block_credits (optional): Whether store credit cannot pay for the product.
            description (optional): The product description.
            profit_shares (optional): The profit split; null or absent means none.
            demo_id (optional): A UUID in its string form, or null.
            active (optional): Whether the product is active.

        Returns:
            ProductResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.update_product.sync_detailed
        """
        return self._call(
            update_product.sync_detailed,
            id=id,
            body=required_body(
                ProductUpsertRequest,
                body,
                name=name,
                price=price,
                image=image,
                listed=listed,
                bloggable=bloggable,
                permissions=permissions,
                discount=discount,
                available_amount=available_amount,
                limited=limited,
                item=item,
                block_credits=block_credits,
                description=description,
                profit_shares=profit_shares,
                demo_id=demo_id,
                active=active,
            ),
        )


class AsyncProducts(AsyncResource):
    """The "products" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def create(
        self,
        *,
        body: ProductUpsertRequest | None = None,
        name: str | Unset = UNSET,
        price: int | Unset = UNSET,
        image: None | Unset | UUID = UNSET,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        permissions: None | Permissions | Unset = UNSET,
        discount: Discount | None | Unset = UNSET,
        available_amount: int | Unset = UNSET,
        limited: bool | Unset = UNSET,
        item: None | str | Unset = UNSET,
        block_credits: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        profit_shares: builtins.list[ProfitShareRequest] | None | Unset = UNSET,
        demo_id: None | Unset | UUID = UNSET,
        active: bool | Unset = UNSET,
    ) -> ProductResponse:
        """Create a product

        Creates a product from a ProductUpsertRequest. Only `name` is required; every omitted field
        takes its documented default.

        Args:
            body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
                required; every other field
                has a default (listed on the field) that applies whenever the field is left out.

        Body fields, as keyword arguments instead of body= (not both):
            name: The product name.
            price (optional): The listed price in L$.
            image (optional): A UUID in its string form, or null.
            listed (optional): Whether the product is listed.
            bloggable (optional): Whether bloggers may retrieve the product for review.
            permissions (optional): The permission flags; null or absent means {copy: true, modify: false, transfer: false}.
            discount (optional): The product's discount, or null for none.
            available_amount (optional): The stock count when limited is true.
            limited (optional): Whether stock is limited.
            item (optional): The name of the in-world item in the dispenser.
            block_credits (optional): Whether store credit cannot pay for the product.
            description (optional): The product description.
            profit_shares (optional): The profit split; null or absent means none.
            demo_id (optional): A UUID in its string form, or null.
            active (optional): Whether the product is active.

        Returns:
            ProductResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.create_product.asyncio_detailed
        """
        return await self._call(
            create_product.asyncio_detailed,
            body=required_body(
                ProductUpsertRequest,
                body,
                name=name,
                price=price,
                image=image,
                listed=listed,
                bloggable=bloggable,
                permissions=permissions,
                discount=discount,
                available_amount=available_amount,
                limited=limited,
                item=item,
                block_credits=block_credits,
                description=description,
                profit_shares=profit_shares,
                demo_id=demo_id,
                active=active,
            ),
        )

    async def deliver(
        self,
        id: UUID,
        *,
        body: DeliverProductRequest | None = None,
        recipient_identifier: str | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> ProductDeliveryResponse:
        """Deliver a product to a resident

        Asks the platform to hand the product to a resident in-world. The answer comes before the item
        arrives: `queued: true` confirms the request was accepted for asynchronous processing. Calling
        again sends another copy.

        Args:
            id (UUID): The product's UUID.
            body (DeliverProductRequest): Whom to deliver a product to, with an optional message.

        Body fields, as keyword arguments instead of body= (not both):
            recipient_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.
            message (optional): A message sent with the delivery, up to 250 characters.

        Returns:
            ProductDeliveryResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.deliver_product.asyncio_detailed
        """
        return await self._call(
            deliver_product.asyncio_detailed,
            id=id,
            body=required_body(DeliverProductRequest, body, recipient_identifier=recipient_identifier, message=message),
        )

    async def get(
        self,
        id: UUID,
    ) -> ProductResponse:
        """Get a product

        Returns one product by its UUID, whether it is active or not.

        Args:
            id (UUID): The product's UUID.

        Returns:
            ProductResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.get_product.asyncio_detailed
        """
        return await self._call(
            get_product.asyncio_detailed,
            id=id,
        )

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        category: UUID | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> ProductPage:
        """List active products

        Returns a page of the store's active products; inactive products never appear here. The
        optional filters combine with AND.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            listed (bool | Unset): Only products whose listed flag equals this value.
            bloggable (bool | Unset): Only products whose bloggable flag equals this value.
            category (UUID | Unset): Only products in the category with this UUID (a category's id, not its
                name).
            search (str | Unset): Case-insensitive substring match against the name or the description. `%`
                and `_` are ordinary characters. An empty or blank term applies no filter.

        Returns:
            ProductPage: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.list_products.asyncio_detailed
        """
        return await self._call(
            list_products.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            listed=listed,
            bloggable=bloggable,
            category=category,
            search=search,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        category: UUID | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[ProductResponse]:
        """Every row of "List active products", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size, 1 to 1000. Out-of-range or non-integer values answer 400; they
                are never clamped. Default: 100.
            listed (bool | Unset): Only products whose listed flag equals this value.
            bloggable (bool | Unset): Only products whose bloggable flag equals this value.
            category (UUID | Unset): Only products in the category with this UUID (a category's id, not its
                name).
            search (str | Unset): Case-insensitive substring match against the name or the description. `%`
                and `_` are ordinary characters. An empty or blank term applies no filter.

        Yields:
            ProductResponse: one row at a time.

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
            list_products.asyncio_detailed,
            limit=limit,
            listed=listed,
            bloggable=bloggable,
            category=category,
            search=search,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: ProductUpsertRequest | None = None,
        name: str | Unset = UNSET,
        price: int | Unset = UNSET,
        image: None | Unset | UUID = UNSET,
        listed: bool | Unset = UNSET,
        bloggable: bool | Unset = UNSET,
        permissions: None | Permissions | Unset = UNSET,
        discount: Discount | None | Unset = UNSET,
        available_amount: int | Unset = UNSET,
        limited: bool | Unset = UNSET,
        item: None | str | Unset = UNSET,
        block_credits: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        profit_shares: builtins.list[ProfitShareRequest] | None | Unset = UNSET,
        demo_id: None | Unset | UUID = UNSET,
        active: bool | Unset = UNSET,
    ) -> ProductResponse:
        """Replace a product

        Replaces a product with the body. This is a full replace: every field left out of the body
        returns to its default, not to its previous value.

        Args:
            id (UUID): The product's UUID.
            body (ProductUpsertRequest): The body that creates a product or replaces one. Only `name` is
                required; every other field
                has a default (listed on the field) that applies whenever the field is left out.

        Body fields, as keyword arguments instead of body= (not both):
            name: The product name.
            price (optional): The listed price in L$.
            image (optional): A UUID in its string form, or null.
            listed (optional): Whether the product is listed.
            bloggable (optional): Whether bloggers may retrieve the product for review.
            permissions (optional): The permission flags; null or absent means {copy: true, modify: false, transfer: false}.
            discount (optional): The product's discount, or null for none.
            available_amount (optional): The stock count when limited is true.
            limited (optional): Whether stock is limited.
            item (optional): The name of the in-world item in the dispenser.
            block_credits (optional): Whether store credit cannot pay for the product.
            description (optional): The product description.
            profit_shares (optional): The profit split; null or absent means none.
            demo_id (optional): A UUID in its string form, or null.
            active (optional): Whether the product is active.

        Returns:
            ProductResponse: the parsed answer.

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

        Low-level form (returns a Response instead of raising): allomancy_client.api.products.update_product.asyncio_detailed
        """
        return await self._call(
            update_product.asyncio_detailed,
            id=id,
            body=required_body(
                ProductUpsertRequest,
                body,
                name=name,
                price=price,
                image=image,
                listed=listed,
                bloggable=bloggable,
                permissions=permissions,
                discount=discount,
                available_amount=available_amount,
                limited=limited,
                item=item,
                block_credits=block_credits,
                description=description,
                profit_shares=profit_shares,
                demo_id=demo_id,
                active=active,
            ),
        )


__all__ = [
    "AsyncProducts",
    "Products",
    "create_product",
    "deliver_product",
    "get_product",
    "list_products",
    "update_product",
]
