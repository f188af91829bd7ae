from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PurchaseBonus")


@_attrs_define
class PurchaseBonus:
    """The store's purchase-bonus percentages.

    Attributes:
        base_bonus (int): A whole percentage, 0 to 100.
        group_bonus (int): A whole percentage, 0 to 100.
    """

    base_bonus: int
    group_bonus: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_bonus = self.base_bonus

        group_bonus = self.group_bonus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseBonus": base_bonus,
                "groupBonus": group_bonus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_bonus = d.pop("baseBonus")

        group_bonus = d.pop("groupBonus")

        purchase_bonus = cls(
            base_bonus=base_bonus,
            group_bonus=group_bonus,
        )

        purchase_bonus.additional_properties = d
        return purchase_bonus

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
