from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerSpendResponse")


@_attrs_define
class CustomerSpendResponse:
    """A customer's spend figures.

    Attributes:
        uuid (UUID): A UUID in its string form.
        username (str): The customer's username.
        sum_ (int): A whole number of Linden dollars (L$), zero or more.
        last_year_sum (int): A whole number of Linden dollars (L$), zero or more.
        total_owned (int): A whole count, zero or more.
    """

    uuid: UUID
    username: str
    sum_: int
    last_year_sum: int
    total_owned: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        username = self.username

        sum_ = self.sum_

        last_year_sum = self.last_year_sum

        total_owned = self.total_owned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "username": username,
                "sum": sum_,
                "lastYearSum": last_year_sum,
                "totalOwned": total_owned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        username = d.pop("username")

        sum_ = d.pop("sum")

        last_year_sum = d.pop("lastYearSum")

        total_owned = d.pop("totalOwned")

        customer_spend_response = cls(
            uuid=uuid,
            username=username,
            sum_=sum_,
            last_year_sum=last_year_sum,
            total_owned=total_owned,
        )

        customer_spend_response.additional_properties = d
        return customer_spend_response

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
