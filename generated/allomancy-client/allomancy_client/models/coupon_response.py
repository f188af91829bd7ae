from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CouponResponse")


@_attrs_define
class CouponResponse:
    """A coupon of the store.

    Attributes:
        id (UUID): A UUID in its string form.
        code (str): The coupon code.
        active (bool): Whether the coupon is active.
        bloggers_sync (bool): Whether the blogger programme receives this coupon.
        coupon_owner_uuid (UUID): A UUID in its string form.
        coupon_owner_username (str): The owner's username.
        discount (int): A whole percentage, 0 to 100.
        owner_profit (int): A whole percentage, 0 to 100.
        uses_per_customer (int): A whole count, zero or more.
        expiration (datetime.datetime): An ISO 8601 timestamp in UTC, written with `Z`, e.g. 2026-04-27T15:42:00Z.
            Responses use this form only.
    """

    id: UUID
    code: str
    active: bool
    bloggers_sync: bool
    coupon_owner_uuid: UUID
    coupon_owner_username: str
    discount: int
    owner_profit: int
    uses_per_customer: int
    expiration: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        active = self.active

        bloggers_sync = self.bloggers_sync

        coupon_owner_uuid = str(self.coupon_owner_uuid)

        coupon_owner_username = self.coupon_owner_username

        discount = self.discount

        owner_profit = self.owner_profit

        uses_per_customer = self.uses_per_customer

        expiration = self.expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "active": active,
                "bloggersSync": bloggers_sync,
                "couponOwnerUuid": coupon_owner_uuid,
                "couponOwnerUsername": coupon_owner_username,
                "discount": discount,
                "ownerProfit": owner_profit,
                "usesPerCustomer": uses_per_customer,
                "expiration": expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        active = d.pop("active")

        bloggers_sync = d.pop("bloggersSync")

        coupon_owner_uuid = UUID(d.pop("couponOwnerUuid"))

        coupon_owner_username = d.pop("couponOwnerUsername")

        discount = d.pop("discount")

        owner_profit = d.pop("ownerProfit")

        uses_per_customer = d.pop("usesPerCustomer")

        expiration = datetime.datetime.fromisoformat(d.pop("expiration"))

        coupon_response = cls(
            id=id,
            code=code,
            active=active,
            bloggers_sync=bloggers_sync,
            coupon_owner_uuid=coupon_owner_uuid,
            coupon_owner_username=coupon_owner_username,
            discount=discount,
            owner_profit=owner_profit,
            uses_per_customer=uses_per_customer,
            expiration=expiration,
        )

        coupon_response.additional_properties = d
        return coupon_response

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
