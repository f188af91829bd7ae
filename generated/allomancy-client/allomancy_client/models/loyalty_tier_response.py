from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoyaltyTierResponse")


@_attrs_define
class LoyaltyTierResponse:
    """A loyalty tier.

    Attributes:
        spending_threshold (int): A whole number of Linden dollars (L$), zero or more.
        discount_percentage (int): A whole percentage, 0 to 100.
        is_group_only (bool): Whether only members of the store's group qualify.
        is_last_year_only (bool): Whether the threshold counts last year's spend instead of lifetime spend.
    """

    spending_threshold: int
    discount_percentage: int
    is_group_only: bool
    is_last_year_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spending_threshold = self.spending_threshold

        discount_percentage = self.discount_percentage

        is_group_only = self.is_group_only

        is_last_year_only = self.is_last_year_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spendingThreshold": spending_threshold,
                "discountPercentage": discount_percentage,
                "isGroupOnly": is_group_only,
                "isLastYearOnly": is_last_year_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spending_threshold = d.pop("spendingThreshold")

        discount_percentage = d.pop("discountPercentage")

        is_group_only = d.pop("isGroupOnly")

        is_last_year_only = d.pop("isLastYearOnly")

        loyalty_tier_response = cls(
            spending_threshold=spending_threshold,
            discount_percentage=discount_percentage,
            is_group_only=is_group_only,
            is_last_year_only=is_last_year_only,
        )

        loyalty_tier_response.additional_properties = d
        return loyalty_tier_response

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
