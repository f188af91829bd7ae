from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetCustomerCreditRequest")


@_attrs_define
class SetCustomerCreditRequest:
    """The new absolute balance.

    Attributes:
        credit (int | Unset): The new balance in L$. Default: 0.
    """

    credit: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        credit = self.credit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if credit is not UNSET:
            field_dict["credit"] = credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit = d.pop("credit", UNSET)

        set_customer_credit_request = cls(
            credit=credit,
        )

        return set_customer_credit_request
