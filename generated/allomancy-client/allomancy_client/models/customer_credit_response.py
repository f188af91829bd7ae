from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerCreditResponse")


@_attrs_define
class CustomerCreditResponse:
    """A customer's credit balances.

    Attributes:
        uuid (UUID): A UUID in its string form.
        username (str): The customer's username.
        credit (int): A whole number of Linden dollars (L$), zero or more.
        restricted_credit (int): A whole number of Linden dollars (L$), zero or more.
    """

    uuid: UUID
    username: str
    credit: int
    restricted_credit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        username = self.username

        credit = self.credit

        restricted_credit = self.restricted_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "username": username,
                "credit": credit,
                "restrictedCredit": restricted_credit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        username = d.pop("username")

        credit = d.pop("credit")

        restricted_credit = d.pop("restrictedCredit")

        customer_credit_response = cls(
            uuid=uuid,
            username=username,
            credit=credit,
            restricted_credit=restricted_credit,
        )

        customer_credit_response.additional_properties = d
        return customer_credit_response

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
