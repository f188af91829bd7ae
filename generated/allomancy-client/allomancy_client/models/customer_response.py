from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    """A customer of the store.

    Attributes:
        uuid (UUID): A UUID in its string form.
        username (str): The customer's username.
        credit (int): A whole number of Linden dollars (L$), zero or more.
        restricted_credit (int): A whole number of Linden dollars (L$), zero or more.
        discount (int): A whole percentage, 0 to 100.
        news_subscriber (bool): Whether the customer receives the store's news-kiosk posts.
        is_banned (bool): True while the store bans this customer.
    """

    uuid: UUID
    username: str
    credit: int
    restricted_credit: int
    discount: int
    news_subscriber: bool
    is_banned: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        username = self.username

        credit = self.credit

        restricted_credit = self.restricted_credit

        discount = self.discount

        news_subscriber = self.news_subscriber

        is_banned = self.is_banned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "username": username,
                "credit": credit,
                "restrictedCredit": restricted_credit,
                "discount": discount,
                "newsSubscriber": news_subscriber,
                "isBanned": is_banned,
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

        discount = d.pop("discount")

        news_subscriber = d.pop("newsSubscriber")

        is_banned = d.pop("isBanned")

        customer_response = cls(
            uuid=uuid,
            username=username,
            credit=credit,
            restricted_credit=restricted_credit,
            discount=discount,
            news_subscriber=news_subscriber,
            is_banned=is_banned,
        )

        customer_response.additional_properties = d
        return customer_response

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
