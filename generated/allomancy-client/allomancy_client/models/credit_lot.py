from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditLot")


@_attrs_define
class CreditLot:
    """A dated part of a customer's credit that is still open.

    Attributes:
        amount (int): What is left of the lot, in L$ (always more than 0).
        expires_at (datetime.datetime): An ISO 8601 timestamp in UTC, written with `Z`, e.g. 2026-04-27T15:42:00Z.
            Responses use this form only.
        restricted (bool): Whether the lot is restricted credit (spendable only on the store's own products).
    """

    amount: int
    expires_at: datetime.datetime
    restricted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        expires_at = self.expires_at.isoformat()

        restricted = self.restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "expiresAt": expires_at,
                "restricted": restricted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        restricted = d.pop("restricted")

        credit_lot = cls(
            amount=amount,
            expires_at=expires_at,
            restricted=restricted,
        )

        credit_lot.additional_properties = d
        return credit_lot

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
