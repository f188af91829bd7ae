"""RFC 9457 problem+json errors, restricted to the codes of the shared decisions."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.responses import Response

PROBLEM_TYPE_BASE = "https://integrations.allomancy.net/errors/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

# code -> (status, title). The ONLY codes the sandbox may emit.
CODES: dict[str, tuple[int, str]] = {
    "validation_failed": (400, "Validation failed"),
    "invalid_json": (400, "Invalid JSON"),
    "invalid_pagination": (400, "Invalid pagination parameter"),
    "invalid_identifier": (400, "Invalid identifier"),
    "unresolved_identifier": (400, "Unresolved identifier"),
    "credit_limit_exceeded": (400, "Credit limit exceeded"),
    "insufficient_credit": (400, "Insufficient credit"),
    "gift_card_redeemed": (400, "Gift card redeemed"),
    "store_out_of_scope": (400, "Store out of scope"),
    "gift_card_expired": (400, "Gift card expired"),
    "gift_card_inactive": (400, "Gift card inactive"),
    "gift_card_not_transferable": (400, "Gift card not transferable"),
    "news_item_not_available": (400, "Item not available"),
    "news_subscription_required": (400, "News subscription required"),
    "api_key_missing": (401, "API key missing"),
    "api_key_duplicate": (401, "API key sent more than once"),
    "api_key_invalid": (401, "API key invalid"),
    "customer_token_missing": (401, "Customer token missing"),
    "customer_token_invalid": (401, "Customer token invalid"),
    "insufficient_scope": (403, "Insufficient scope"),
    "route_not_found": (404, "Route not found"),
    "store_not_found": (404, "Store not found"),
    "customer_not_found": (404, "Customer not found"),
    "resident_not_found": (404, "Resident not found"),
    "product_not_found": (404, "Product not found"),
    "category_not_found": (404, "Category not found"),
    "coupon_not_found": (404, "Coupon not found"),
    "gift_card_not_found": (404, "Gift card not found"),
    "collective_not_found": (404, "Collective not found"),
    "news_post_not_found": (404, "News post not found"),
    "method_not_allowed": (405, "Method not allowed"),
    "coupon_code_taken": (409, "Coupon code taken"),
    "coupon_inactive": (409, "Coupon inactive"),
    "payload_too_large": (413, "Payload too large"),
    "unsupported_media_type": (415, "Unsupported media type"),
    "rate_limited": (429, "Too many requests"),
    "internal_error": (500, "Internal server error"),
}


class ApiError(Exception):
    """An error that becomes a problem+json response."""

    def __init__(self, code: str, detail: str, headers: Mapping[str, str] | None = None) -> None:
        if code not in CODES:
            raise ValueError(f"undeclared problem code {code!r}")
        super().__init__(detail)
        self.code = code
        self.status = CODES[code][0]
        self.detail = detail
        self.headers = dict(headers or {})


def problem_body(code: str, detail: str) -> dict[str, object]:
    status, title = CODES[code]
    return {"type": PROBLEM_TYPE_BASE + code, "title": title, "status": status, "detail": detail, "code": code}


def problem_response(code: str, detail: str, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps(problem_body(code, detail), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=CODES[code][0], headers=dict(headers or {}), media_type=PROBLEM_MEDIA_TYPE)


def error_response(error: ApiError) -> Response:
    return problem_response(error.code, error.detail, error.headers)
