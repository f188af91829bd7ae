from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IncrementCustomerCreditRequest")


@_attrs_define
class IncrementCustomerCreditRequest:
    """A change to a balance.

    Attributes:
        delta (int): The change in L$; positive adds, negative removes. Zero is rejected.
    """

    delta: int

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delta = d.pop("delta")

        increment_customer_credit_request = cls(
            delta=delta,
        )

        return increment_customer_credit_request
