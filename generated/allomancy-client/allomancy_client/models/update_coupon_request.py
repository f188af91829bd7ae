from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCouponRequest")


@_attrs_define
class UpdateCouponRequest:
    """The replacement coupon fields. The owner cannot change.

    Attributes:
        code (str): A coupon code.
        discount (int | Unset): The discount percentage the customer gets. Default: 0.
        owner_profit (int | Unset): The percentage the owner earns. Default: 0.
        active (bool | Unset): Whether the coupon is active. Default: True.
        bloggers_sync (bool | Unset): Whether the blogger programme receives this coupon. Default: False.
    """

    code: str
    discount: int | Unset = 0
    owner_profit: int | Unset = 0
    active: bool | Unset = True
    bloggers_sync: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        discount = self.discount

        owner_profit = self.owner_profit

        active = self.active

        bloggers_sync = self.bloggers_sync

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if owner_profit is not UNSET:
            field_dict["ownerProfit"] = owner_profit
        if active is not UNSET:
            field_dict["active"] = active
        if bloggers_sync is not UNSET:
            field_dict["bloggersSync"] = bloggers_sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        discount = d.pop("discount", UNSET)

        owner_profit = d.pop("ownerProfit", UNSET)

        active = d.pop("active", UNSET)

        bloggers_sync = d.pop("bloggersSync", UNSET)

        update_coupon_request = cls(
            code=code,
            discount=discount,
            owner_profit=owner_profit,
            active=active,
            bloggers_sync=bloggers_sync,
        )

        return update_coupon_request
