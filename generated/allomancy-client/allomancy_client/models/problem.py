from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 9457 problem document. Switch on `code`, not on `title` or `detail`, which are for
    people. Known codes, by status:

    | status | code | meaning |
    |---|---|---|
    | 400 | validation_failed | a parameter or body field breaks the schema |
    | 400 | invalid_json | the body is not well-formed JSON (or nests deeper than 32 levels) |
    | 400 | invalid_pagination | `limit` out of range or not an integer, or a cursor that is not valid here |
    | 400 | invalid_identifier | an identifier that is neither a username nor a UUID |
    | 400 | unresolved_identifier | an identifier in the body that matches no resident or customer |
    | 400 | credit_limit_exceeded | the balance would go above the credit limit |
    | 400 | insufficient_credit | the balance would go below zero |
    | 400 | gift_card_redeemed | the gift card was redeemed and can no longer change |
    | 400 | coupon_inactive | the coupon is inactive and cannot be applied |
    | 400 | store_out_of_scope | a storeId the customer token does not cover |
    | 400 | gift_card_expired | the gift card expired and can no longer be redeemed or moved |
    | 400 | gift_card_inactive | the gift card is disabled |
    | 400 | gift_card_not_transferable | the gift card is not marked transferable |
    | 400 | news_item_not_available | the news post has no item that can be requested |
    | 400 | news_subscription_required | only active news subscribers may request the item |
    | 401 | api_key_missing | no X-API-Key header, or an empty one |
    | 401 | api_key_duplicate | more than one X-API-Key value |
    | 401 | api_key_invalid | a malformed, unknown, revoked or expired key |
    | 401 | customer_token_missing | no X-Customer-Token header, or an empty one |
    | 401 | customer_token_invalid | an expired, unknown, revoked or repeated customer token |
    | 403 | insufficient_scope | the key lacks the operation's scope |
    | 404 | route_not_found | no such path |
    | 404 | store_not_found | the key's store no longer exists |
    | 404 | customer_not_found | no customer of the store matches the identifier |
    | 404 | resident_not_found | no known avatar matches the identifier |
    | 404 | product_not_found | no product of the store has this id |
    | 404 | category_not_found | no category of the store has this id |
    | 404 | coupon_not_found | no coupon of the store matches |
    | 404 | gift_card_not_found | no gift card of the store has this id |
    | 404 | collective_not_found | the store owns no collective with this id |
    | 404 | news_post_not_found | no news post in the token's stores has this id |
    | 405 | method_not_allowed | the path exists but not with this method (see Allow) |
    | 409 | coupon_code_taken | another coupon of the store uses this code |
    | 413 | payload_too_large | the body is over 64 KiB |
    | 415 | unsupported_media_type | a body that is not application/json |
    | 429 | rate_limited | too many requests; see Retry-After |
    | 500 | internal_error | an unexpected server error |

        Attributes:
            type_ (str): A URI naming the problem type, https://integrations.allomancy.net/errors/{code}.
            title (str): A short human-readable summary of the problem type.
            status (int): The HTTP status code of the response.
            detail (str): A human-readable explanation of this occurrence.
            code (str): The machine-readable problem code (see the table above).
            instance (str | Unset): A URI reference identifying this occurrence.
    """

    type_: str
    title: str
    status: int
    detail: str
    code: str
    instance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        code = self.code

        instance = self.instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "code": code,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        code = d.pop("code")

        instance = d.pop("instance", UNSET)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            code=code,
            instance=instance,
        )

        problem.additional_properties = d
        return problem

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
