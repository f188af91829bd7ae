from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.coupon_apply_scope import CouponApplyScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyCouponById")


@_attrs_define
class ApplyCouponById:
    """Apply the coupon with this UUID.

    Attributes:
        coupon_id (UUID): A UUID in its string form.
        scope (CouponApplyScope): Where a coupon application counts. 0 store-wide, 1 one product.
        coupon_owner_uuid (Any | Unset): Must be null or left out: this body names the coupon by a coupon id.
        code (Any | Unset): Must be null or left out: this body names the coupon by a coupon id.
        product_id (None | Unset | UUID): The product of a product-scope application. Required with scope 1; left out or
            null with scope 0.
        expires_in_hours (int | None | Unset): How many hours the application lasts, 1 to 168; null or absent means 24.
    """

    coupon_id: UUID
    scope: CouponApplyScope
    coupon_owner_uuid: Any | Unset = UNSET
    code: Any | Unset = UNSET
    product_id: None | Unset | UUID = UNSET
    expires_in_hours: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        coupon_id = str(self.coupon_id)

        scope = self.scope.value

        coupon_owner_uuid = self.coupon_owner_uuid

        code = self.code

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UUID):
            product_id = str(self.product_id)
        else:
            product_id = self.product_id

        expires_in_hours: int | None | Unset
        if isinstance(self.expires_in_hours, Unset):
            expires_in_hours = UNSET
        else:
            expires_in_hours = self.expires_in_hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "couponId": coupon_id,
                "scope": scope,
            }
        )
        if coupon_owner_uuid is not UNSET:
            field_dict["couponOwnerUuid"] = coupon_owner_uuid
        if code is not UNSET:
            field_dict["code"] = code
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if expires_in_hours is not UNSET:
            field_dict["expiresInHours"] = expires_in_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_id = UUID(d.pop("couponId"))

        scope = CouponApplyScope(d.pop("scope"))

        coupon_owner_uuid = d.pop("couponOwnerUuid", UNSET)

        code = d.pop("code", UNSET)

        def _parse_product_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_coupon_product_id_type_0 = UUID(data)

                return componentsschemas_coupon_product_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        def _parse_expires_in_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_hours = _parse_expires_in_hours(d.pop("expiresInHours", UNSET))

        apply_coupon_by_id = cls(
            coupon_id=coupon_id,
            scope=scope,
            coupon_owner_uuid=coupon_owner_uuid,
            code=code,
            product_id=product_id,
            expires_in_hours=expires_in_hours,
        )

        return apply_coupon_by_id
