"""Errors of the low-level layer, and the API's problem codes as a type.

ProblemCode is every machine-readable `code` the API documents for its problem documents, so a misspelt
code fails type checking (`error.code == "not_a_code"` is a mypy error). A server newer than this client
may still send a code that is not listed; it arrives as its plain string. PROBLEM_CODES maps each code to
its HTTP status and meaning.

The exceptions an integrator catches (ApiError and its subclasses) are in allomancy_client.kit.errors and
are re-exported by the package: `from allomancy_client import ApiError, NotFoundError`.
"""

from collections.abc import Mapping
from typing import Literal, TypeAlias

ProblemCode: TypeAlias = Literal[
    "validation_failed",
    "invalid_json",
    "invalid_pagination",
    "invalid_identifier",
    "unresolved_identifier",
    "credit_limit_exceeded",
    "insufficient_credit",
    "gift_card_redeemed",
    "coupon_inactive",
    "store_out_of_scope",
    "gift_card_expired",
    "gift_card_inactive",
    "gift_card_not_transferable",
    "news_item_not_available",
    "news_subscription_required",
    "api_key_missing",
    "api_key_duplicate",
    "api_key_invalid",
    "customer_token_missing",
    "customer_token_invalid",
    "insufficient_scope",
    "route_not_found",
    "store_not_found",
    "customer_not_found",
    "resident_not_found",
    "product_not_found",
    "category_not_found",
    "coupon_not_found",
    "gift_card_not_found",
    "collective_not_found",
    "news_post_not_found",
    "method_not_allowed",
    "coupon_code_taken",
    "payload_too_large",
    "unsupported_media_type",
    "rate_limited",
    "internal_error",
]
"""A problem `code` the API documents."""

PROBLEM_CODES: Mapping[str, tuple[int, str]] = {
    "validation_failed": (400, "a parameter or body field breaks the schema"),
    "invalid_json": (400, "the body is not well-formed JSON (or nests deeper than 32 levels)"),
    "invalid_pagination": (400, "`limit` out of range or not an integer, or a cursor that is not valid here"),
    "invalid_identifier": (400, "an identifier that is neither a username nor a UUID"),
    "unresolved_identifier": (400, "an identifier in the body that matches no resident or customer"),
    "credit_limit_exceeded": (400, "the balance would go above the credit limit"),
    "insufficient_credit": (400, "the balance would go below zero"),
    "gift_card_redeemed": (400, "the gift card was redeemed and can no longer change"),
    "coupon_inactive": (400, "the coupon is inactive and cannot be applied"),
    "store_out_of_scope": (400, "a storeId the customer token does not cover"),
    "gift_card_expired": (400, "the gift card expired and can no longer be redeemed or moved"),
    "gift_card_inactive": (400, "the gift card is disabled"),
    "gift_card_not_transferable": (400, "the gift card is not marked transferable"),
    "news_item_not_available": (400, "the news post has no item that can be requested"),
    "news_subscription_required": (400, "only active news subscribers may request the item"),
    "api_key_missing": (401, "no X-API-Key header, or an empty one"),
    "api_key_duplicate": (401, "more than one X-API-Key value"),
    "api_key_invalid": (401, "a malformed, unknown, revoked or expired key"),
    "customer_token_missing": (401, "no X-Customer-Token header, or an empty one"),
    "customer_token_invalid": (401, "an expired, unknown, revoked or repeated customer token"),
    "insufficient_scope": (403, "the key lacks the operation\u0027s scope"),
    "route_not_found": (404, "no such path"),
    "store_not_found": (404, "the key\u0027s store no longer exists"),
    "customer_not_found": (404, "no customer of the store matches the identifier"),
    "resident_not_found": (404, "no known avatar matches the identifier"),
    "product_not_found": (404, "no product of the store has this id"),
    "category_not_found": (404, "no category of the store has this id"),
    "coupon_not_found": (404, "no coupon of the store matches"),
    "gift_card_not_found": (404, "no gift card of the store has this id"),
    "collective_not_found": (404, "the store owns no collective with this id"),
    "news_post_not_found": (404, "no news post in the token\u0027s stores has this id"),
    "method_not_allowed": (405, "the path exists but not with this method (see Allow)"),
    "coupon_code_taken": (409, "another coupon of the store uses this code"),
    "payload_too_large": (413, "the body is over 64 KiB"),
    "unsupported_media_type": (415, "a body that is not application/json"),
    "rate_limited": (429, "too many requests; see Retry-After"),
    "internal_error": (500, "an unexpected server error"),
}
"""code -> (HTTP status, meaning), in the order the spec lists them."""


class UnexpectedStatus(Exception):
    """Raised by the low-level functions for a status the spec does not document for the operation, when
    Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["PROBLEM_CODES", "ProblemCode", "UnexpectedStatus"]
