"""The "customer_page" group of the API: its operation modules and the CustomerPage / AsyncCustomerPage resources."""

from collections.abc import AsyncIterator, Iterator
from uuid import UUID

from ...kit.facade import AsyncResource, SyncResource, required_body
from ...models.customer_accounts import CustomerAccounts
from ...models.customer_context import CustomerContext
from ...models.customer_gift_card import CustomerGiftCard
from ...models.customer_gift_card_page import CustomerGiftCardPage
from ...models.customer_profile import CustomerProfile
from ...models.mark_news_seen_request import MarkNewsSeenRequest
from ...models.news_post import NewsPost
from ...models.news_post_page import NewsPostPage
from ...models.redelivery_product import RedeliveryProduct
from ...models.redelivery_product_page import RedeliveryProductPage
from ...models.redelivery_request import RedeliveryRequest
from ...models.transaction import Transaction
from ...models.transaction_page import TransactionPage
from ...models.transfer_gift_card_request import TransferGiftCardRequest
from ...models.unread_news import UnreadNews
from ...types import UNSET, Unset
from . import (
    get_customer_account,
    get_customer_context,
    get_customer_news_unread,
    get_customer_profile,
    list_customer_news,
    list_customer_own_gift_cards,
    list_customer_redelivery_products,
    list_customer_transactions,
    mark_customer_news_seen,
    redeem_customer_gift_card,
    request_customer_news_item,
    request_customer_redelivery,
    transfer_customer_gift_card,
)


class CustomerPage(SyncResource):
    """The "customer_page" operations; each raises an ApiError subclass when the call fails.

    get_account(): Get the customer's balances
    get_context(): Get the page's brand and stores
    get_news_unread(): Count unread news posts
    get_profile(): Get the customer's profile
    list_news(): List news posts
    list_own_gift_cards(): List the customer's gift cards
    list_redelivery_products(): List products the customer can have redelivered
    list_transactions(): List the customer's transactions
    mark_news_seen(): Mark news posts seen
    redeem_gift_card(): Redeem a gift card
    request_news_item(): Ask for a news post's item
    request_redelivery(): Redeliver a product in world
    transfer_gift_card(): Give a gift card to another resident
    """

    __slots__ = ()

    def get_account(
        self,
    ) -> CustomerAccounts:
        """Get the customer's balances

        Returns one account per store in scope: store credit, restricted credit (spendable only on that
        store's own products), the personal discount, and the dated credit lots still open, soonest
        expiry first. Credit without an expiry counts in the balances but is not a lot.

        Returns:
            CustomerAccounts: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_account.sync_detailed
        """
        return self._call(
            get_customer_account.sync_detailed,
        )

    def get_context(
        self,
    ) -> CustomerContext:
        """Get the page's brand and stores

        Returns the brand the customer page shows and the stores the token covers. A store token covers
        one store; a collective token covers every store of the collective, in the same shape.

        Returns:
            CustomerContext: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_context.sync_detailed
        """
        return self._call(
            get_customer_context.sync_detailed,
        )

    def get_news_unread(
        self,
    ) -> UnreadNews:
        """Count unread news posts

        Returns the number of posts the customer has not marked seen, in total and per store in scope.
        Every store in scope has an entry, also with a count of 0; entries come in no fixed order.

        Returns:
            UnreadNews: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_news_unread.sync_detailed
        """
        return self._call(
            get_customer_news_unread.sync_detailed,
        )

    def get_profile(
        self,
    ) -> CustomerProfile:
        """Get the customer's profile

        Returns who the token belongs to: the customer's avatar UUID, username and profile picture. The
        token alone names the customer; no identifier is sent.

        Returns:
            CustomerProfile: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_profile.sync_detailed
        """
        return self._call(
            get_customer_profile.sync_detailed,
        )

    def list_news(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> NewsPostPage:
        """List news posts

        Returns a page of the news posts of the stores in scope. `canRequestItem` tells whether the
        customer may ask for the post's item: the post has an item, the item is handed out on demand,
        and the customer is an active news subscriber of the post's store.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            NewsPostPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_news.sync_detailed
        """
        return self._call(
            list_customer_news.sync_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_news(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> Iterator[NewsPost]:
        """Every row of "List news posts", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            NewsPost: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_news.sync_detailed,
            limit=limit,
            store_id=store_id,
        )

    def list_own_gift_cards(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> CustomerGiftCardPage:
        """List the customer's gift cards

        Returns a page of the customer's own gift cards in the stores in scope, whatever their state,
        except cards that expired before they were redeemed: those are left out.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            CustomerGiftCardPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_own_gift_cards.sync_detailed
        """
        return self._call(
            list_customer_own_gift_cards.sync_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_own_gift_cards(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> Iterator[CustomerGiftCard]:
        """Every row of "List the customer's gift cards", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            CustomerGiftCard: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_own_gift_cards.sync_detailed,
            limit=limit,
            store_id=store_id,
        )

    def list_redelivery_products(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> RedeliveryProductPage:
        """List products the customer can have redelivered

        Returns a page of the products the customer received from the stores in scope.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            RedeliveryProductPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_redelivery_products.sync_detailed
        """
        return self._call(
            list_customer_redelivery_products.sync_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_redelivery_products(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> Iterator[RedeliveryProduct]:
        """Every row of "List products the customer can have redelivered", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            RedeliveryProduct: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_redelivery_products.sync_detailed,
            limit=limit,
            store_id=store_id,
        )

    def list_transactions(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> TransactionPage:
        """List the customer's transactions

        Returns a page of the purchases the customer paid for or received as a gift. The credit and
        discount details (`usedCredit`, `usedDiscount`, `remainingCredit`) are the payer's business:
        they are filled only when the customer is the payer and are null on a gift seen by its receiver.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            TransactionPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_transactions.sync_detailed
        """
        return self._call(
            list_customer_transactions.sync_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_transactions(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> Iterator[Transaction]:
        """Every row of "List the customer's transactions", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            Transaction: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_transactions.sync_detailed,
            limit=limit,
            store_id=store_id,
        )

    def mark_news_seen(
        self,
        *,
        body: MarkNewsSeenRequest | None = None,
        store_id: None | UUID | Unset = UNSET,
    ) -> None:
        """Mark news posts seen

        Marks every post of one store as seen, or of every store in scope when `storeId` is null. Answers
        204 with no body.

        Args:
            body (MarkNewsSeenRequest): Which store's posts to mark seen.

        Body fields, as keyword arguments instead of body= (not both):
            store_id: A UUID in its string form, or null.

        Returns:
            None: nothing (the API answers 204 No Content).

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.mark_customer_news_seen.sync_detailed
        """
        self._call(
            mark_customer_news_seen.sync_detailed,
            body=required_body(MarkNewsSeenRequest, body, store_id=store_id),
        )

    def redeem_gift_card(
        self,
        id: UUID,
    ) -> bool:
        """Redeem a gift card

        Turns the card's balance into store credit of the customer in the card's store and marks the
        card redeemed. Credit from a card with an expiry is a dated lot that expires with the card;
        credit from a card without one is undated. Takes no body; answers the JSON value `true`.

        Args:
            id (UUID): The gift card's UUID.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.redeem_customer_gift_card.sync_detailed
        """
        return self._call(
            redeem_customer_gift_card.sync_detailed,
            id=id,
        )

    def request_news_item(
        self,
        id: UUID,
    ) -> bool:
        """Ask for a news post's item

        Asks the store to send the post's on-demand item to the customer in world. Only possible when
        the post's `canRequestItem` is true; otherwise the answer is a problem with code
        `news_item_not_available` (no on-demand item) or `news_subscription_required` (the customer is
        not an active subscriber). Takes no body; answers the JSON value `true`.

        Args:
            id (UUID): The news post's UUID.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.request_customer_news_item.sync_detailed
        """
        return self._call(
            request_customer_news_item.sync_detailed,
            id=id,
        )

    def request_redelivery(
        self,
        *,
        body: RedeliveryRequest | None = None,
        product_id: UUID | Unset = UNSET,
    ) -> bool:
        """Redeliver a product in world

        Asks the store to send the product to the customer's avatar again. The answer is the JSON value
        `true` once the redelivery is queued; the item arrives in world later.

        Args:
            body (RedeliveryRequest): The product to send again.

        Body fields, as keyword arguments instead of body= (not both):
            product_id: A UUID in its string form.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.request_customer_redelivery.sync_detailed
        """
        return self._call(
            request_customer_redelivery.sync_detailed,
            body=required_body(RedeliveryRequest, body, product_id=product_id),
        )

    def transfer_gift_card(
        self,
        id: UUID,
        *,
        body: TransferGiftCardRequest | None = None,
        receiver_identifier: str | Unset = UNSET,
    ) -> bool:
        """Give a gift card to another resident

        Moves the card, with its balance, to another avatar. Only cards marked `transfer: true` move,
        expired cards never do, and a transfer cannot be undone. Answers the JSON value `true`.

        Args:
            id (UUID): The gift card's UUID.
            body (TransferGiftCardRequest): Who receives the gift card.

        Body fields, as keyword arguments instead of body= (not both):
            receiver_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.transfer_customer_gift_card.sync_detailed
        """
        return self._call(
            transfer_customer_gift_card.sync_detailed,
            id=id,
            body=required_body(TransferGiftCardRequest, body, receiver_identifier=receiver_identifier),
        )


class AsyncCustomerPage(AsyncResource):
    """The "customer_page" operations as coroutines; each raises an ApiError subclass when the call fails."""

    __slots__ = ()

    async def get_account(
        self,
    ) -> CustomerAccounts:
        """Get the customer's balances

        Returns one account per store in scope: store credit, restricted credit (spendable only on that
        store's own products), the personal discount, and the dated credit lots still open, soonest
        expiry first. Credit without an expiry counts in the balances but is not a lot.

        Returns:
            CustomerAccounts: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_account.asyncio_detailed
        """
        return await self._call(
            get_customer_account.asyncio_detailed,
        )

    async def get_context(
        self,
    ) -> CustomerContext:
        """Get the page's brand and stores

        Returns the brand the customer page shows and the stores the token covers. A store token covers
        one store; a collective token covers every store of the collective, in the same shape.

        Returns:
            CustomerContext: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_context.asyncio_detailed
        """
        return await self._call(
            get_customer_context.asyncio_detailed,
        )

    async def get_news_unread(
        self,
    ) -> UnreadNews:
        """Count unread news posts

        Returns the number of posts the customer has not marked seen, in total and per store in scope.
        Every store in scope has an entry, also with a count of 0; entries come in no fixed order.

        Returns:
            UnreadNews: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_news_unread.asyncio_detailed
        """
        return await self._call(
            get_customer_news_unread.asyncio_detailed,
        )

    async def get_profile(
        self,
    ) -> CustomerProfile:
        """Get the customer's profile

        Returns who the token belongs to: the customer's avatar UUID, username and profile picture. The
        token alone names the customer; no identifier is sent.

        Returns:
            CustomerProfile: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.get_customer_profile.asyncio_detailed
        """
        return await self._call(
            get_customer_profile.asyncio_detailed,
        )

    async def list_news(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> NewsPostPage:
        """List news posts

        Returns a page of the news posts of the stores in scope. `canRequestItem` tells whether the
        customer may ask for the post's item: the post has an item, the item is handed out on demand,
        and the customer is an active news subscriber of the post's store.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            NewsPostPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_news.asyncio_detailed
        """
        return await self._call(
            list_customer_news.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_news(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> AsyncIterator[NewsPost]:
        """Every row of "List news posts", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            NewsPost: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_news.asyncio_detailed,
            limit=limit,
            store_id=store_id,
        )

    async def list_own_gift_cards(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> CustomerGiftCardPage:
        """List the customer's gift cards

        Returns a page of the customer's own gift cards in the stores in scope, whatever their state,
        except cards that expired before they were redeemed: those are left out.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            CustomerGiftCardPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_own_gift_cards.asyncio_detailed
        """
        return await self._call(
            list_customer_own_gift_cards.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_own_gift_cards(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> AsyncIterator[CustomerGiftCard]:
        """Every row of "List the customer's gift cards", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            CustomerGiftCard: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_own_gift_cards.asyncio_detailed,
            limit=limit,
            store_id=store_id,
        )

    async def list_redelivery_products(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> RedeliveryProductPage:
        """List products the customer can have redelivered

        Returns a page of the products the customer received from the stores in scope.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            RedeliveryProductPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_redelivery_products.asyncio_detailed
        """
        return await self._call(
            list_customer_redelivery_products.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_redelivery_products(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> AsyncIterator[RedeliveryProduct]:
        """Every row of "List products the customer can have redelivered", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            RedeliveryProduct: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_redelivery_products.asyncio_detailed,
            limit=limit,
            store_id=store_id,
        )

    async def list_transactions(
        self,
        *,
        limit: int | Unset = 24,
        cursor: str | Unset = UNSET,
        store_id: UUID | Unset = UNSET,
    ) -> TransactionPage:
        """List the customer's transactions

        Returns a page of the purchases the customer paid for or received as a gift. The credit and
        discount details (`usedCredit`, `usedDiscount`, `remainingCredit`) are the payer's business:
        they are filled only when the customer is the payer and are null on a gift seen by its receiver.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            cursor (str | Unset): An opaque position returned as `nextCursor` or `previousCursor` by the
                same list. Send it back unchanged, with the same filters; omit it for the first page. A cursor
                that was altered or comes from another list, store or filter set answers 400.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Returns:
            TransactionPage: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.list_customer_transactions.asyncio_detailed
        """
        return await self._call(
            list_customer_transactions.asyncio_detailed,
            limit=limit,
            cursor=cursor,
            store_id=store_id,
        )

    def iter_transactions(
        self,
        *,
        limit: int | Unset = 24,
        store_id: UUID | Unset = UNSET,
    ) -> AsyncIterator[Transaction]:
        """Every row of "List the customer's transactions", fetched page by page as you iterate.

        Each request asks for `limit` rows; the filters go along on every page, as the API requires. Use
        `async for`. Rows come in the order of the pages.

        Args:
            limit (int | Unset): Page size on the customer surface, 1 to 100 (default 24). Out-of-range or
                non-integer values answer 400. Default: 24.
            store_id (UUID | Unset): Only rows of this store. Useful with a collective token, which covers
                several stores; a store token covers one. A store the token does not cover answers 400.

        Yields:
            Transaction: one row at a time.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).
        """
        return self._iterate(
            list_customer_transactions.asyncio_detailed,
            limit=limit,
            store_id=store_id,
        )

    async def mark_news_seen(
        self,
        *,
        body: MarkNewsSeenRequest | None = None,
        store_id: None | UUID | Unset = UNSET,
    ) -> None:
        """Mark news posts seen

        Marks every post of one store as seen, or of every store in scope when `storeId` is null. Answers
        204 with no body.

        Args:
            body (MarkNewsSeenRequest): Which store's posts to mark seen.

        Body fields, as keyword arguments instead of body= (not both):
            store_id: A UUID in its string form, or null.

        Returns:
            None: nothing (the API answers 204 No Content).

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.mark_customer_news_seen.asyncio_detailed
        """
        await self._call(
            mark_customer_news_seen.asyncio_detailed,
            body=required_body(MarkNewsSeenRequest, body, store_id=store_id),
        )

    async def redeem_gift_card(
        self,
        id: UUID,
    ) -> bool:
        """Redeem a gift card

        Turns the card's balance into store credit of the customer in the card's store and marks the
        card redeemed. Credit from a card with an expiry is a dated lot that expires with the card;
        credit from a card without one is undated. Takes no body; answers the JSON value `true`.

        Args:
            id (UUID): The gift card's UUID.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.redeem_customer_gift_card.asyncio_detailed
        """
        return await self._call(
            redeem_customer_gift_card.asyncio_detailed,
            id=id,
        )

    async def request_news_item(
        self,
        id: UUID,
    ) -> bool:
        """Ask for a news post's item

        Asks the store to send the post's on-demand item to the customer in world. Only possible when
        the post's `canRequestItem` is true; otherwise the answer is a problem with code
        `news_item_not_available` (no on-demand item) or `news_subscription_required` (the customer is
        not an active subscriber). Takes no body; answers the JSON value `true`.

        Args:
            id (UUID): The news post's UUID.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.request_customer_news_item.asyncio_detailed
        """
        return await self._call(
            request_customer_news_item.asyncio_detailed,
            id=id,
        )

    async def request_redelivery(
        self,
        *,
        body: RedeliveryRequest | None = None,
        product_id: UUID | Unset = UNSET,
    ) -> bool:
        """Redeliver a product in world

        Asks the store to send the product to the customer's avatar again. The answer is the JSON value
        `true` once the redelivery is queued; the item arrives in world later.

        Args:
            body (RedeliveryRequest): The product to send again.

        Body fields, as keyword arguments instead of body= (not both):
            product_id: A UUID in its string form.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.request_customer_redelivery.asyncio_detailed
        """
        return await self._call(
            request_customer_redelivery.asyncio_detailed,
            body=required_body(RedeliveryRequest, body, product_id=product_id),
        )

    async def transfer_gift_card(
        self,
        id: UUID,
        *,
        body: TransferGiftCardRequest | None = None,
        receiver_identifier: str | Unset = UNSET,
    ) -> bool:
        """Give a gift card to another resident

        Moves the card, with its balance, to another avatar. Only cards marked `transfer: true` move,
        expired cards never do, and a transfer cannot be undone. Answers the JSON value `true`.

        Args:
            id (UUID): The gift card's UUID.
            body (TransferGiftCardRequest): Who receives the gift card.

        Body fields, as keyword arguments instead of body= (not both):
            receiver_identifier: A Second Life username (one or two dot-separated parts) or an avatar UUID.

        Returns:
            bool: the parsed answer.

        Raises:
            BadRequestError: HTTP 400. The request is invalid (a malformed parameter or body, an unknown query parameter, or
                a refused business rule). The documentation lists no 400 for this operation.
            AuthenticationError: HTTP 401. The X-Customer-Token header is missing or empty, or the token is expired, unknown or
                revoked.
            NotFoundError: HTTP 404. Something the request names does not exist. The documentation lists no 404 for this
                operation.
            PayloadError: HTTP 413. The request body is larger than 64 KiB.
            PayloadError: HTTP 415. The request has a body that is not sent as application/json.
            RateLimitError: HTTP 429. The token sent too many requests. Wait for the number of seconds in Retry-After. The
                limits are not published.
            ServerError: HTTP 500. An unexpected server error. Safe to retry only for idempotent methods.
            ResponseDecodeError: a success status whose body is not the documented JSON.
            UnexpectedResponseError: a status the API does not document for this operation.
            ApiConnectionError: the request could not be sent or timed out (ApiTimeoutError).

        Low-level form (returns a Response instead of raising): allomancy_client.api.customer_page.transfer_customer_gift_card.asyncio_detailed
        """
        return await self._call(
            transfer_customer_gift_card.asyncio_detailed,
            id=id,
            body=required_body(TransferGiftCardRequest, body, receiver_identifier=receiver_identifier),
        )


__all__ = [
    "AsyncCustomerPage",
    "CustomerPage",
    "get_customer_account",
    "get_customer_context",
    "get_customer_news_unread",
    "get_customer_profile",
    "list_customer_news",
    "list_customer_own_gift_cards",
    "list_customer_redelivery_products",
    "list_customer_transactions",
    "mark_customer_news_seen",
    "redeem_customer_gift_card",
    "request_customer_news_item",
    "request_customer_redelivery",
    "transfer_customer_gift_card",
]
