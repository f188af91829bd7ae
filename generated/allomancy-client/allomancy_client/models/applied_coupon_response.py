from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applied_coupon_scope import AppliedCouponScope

T = TypeVar("T", bound="AppliedCouponResponse")


@_attrs_define
class AppliedCouponResponse:
    """A coupon application to a customer.

    Attributes:
        coupon_id (UUID): A UUID in its string form.
        code (str): The coupon code.
        discount (int): A whole percentage, 0 to 100.
        scope (AppliedCouponScope): The scope of a coupon application as returned, a string rather than the request's
            integer.
        product_id (None | UUID): A UUID in its string form, or null.
        customer_uuid (UUID): A UUID in its string form.
        customer_username (str): The customer's username.
        expires_at (datetime.datetime): An ISO 8601 timestamp in UTC, written with `Z`, e.g. 2026-04-27T15:42:00Z.
            Responses use this form only.
        replaced (bool): Whether this overwrote an earlier application for the same customer, scope and product.
    """

    coupon_id: UUID
    code: str
    discount: int
    scope: AppliedCouponScope
    product_id: None | UUID
    customer_uuid: UUID
    customer_username: str
    expires_at: datetime.datetime
    replaced: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_id = str(self.coupon_id)

        code = self.code

        discount = self.discount

        scope = self.scope.value

        product_id: None | str
        if isinstance(self.product_id, UUID):
            product_id = str(self.product_id)
        else:
            product_id = self.product_id

        customer_uuid = str(self.customer_uuid)

        customer_username = self.customer_username

        expires_at = self.expires_at.isoformat()

        replaced = self.replaced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "couponId": coupon_id,
                "code": code,
                "discount": discount,
                "scope": scope,
                "productId": product_id,
                "customerUuid": customer_uuid,
                "customerUsername": customer_username,
                "expiresAt": expires_at,
                "replaced": replaced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_id = UUID(d.pop("couponId"))

        code = d.pop("code")

        discount = d.pop("discount")

        scope = AppliedCouponScope(d.pop("scope"))

        def _parse_product_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_uuid_type_0 = UUID(data)

                return componentsschemas_nullable_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        product_id = _parse_product_id(d.pop("productId"))

        customer_uuid = UUID(d.pop("customerUuid"))

        customer_username = d.pop("customerUsername")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        replaced = d.pop("replaced")

        applied_coupon_response = cls(
            coupon_id=coupon_id,
            code=code,
            discount=discount,
            scope=scope,
            product_id=product_id,
            customer_uuid=customer_uuid,
            customer_username=customer_username,
            expires_at=expires_at,
            replaced=replaced,
        )

        applied_coupon_response.additional_properties = d
        return applied_coupon_response

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
