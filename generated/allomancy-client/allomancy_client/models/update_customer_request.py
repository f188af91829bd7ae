from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """The replacement discount and subscription of a customer. Left-out fields take their defaults.

    Attributes:
        discount (int | Unset): The customer's personal discount percentage. Default: 0.
        news_subscriber (bool | Unset): Whether the customer receives the store's news-kiosk posts. Default: False.
    """

    discount: int | Unset = 0
    news_subscriber: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        discount = self.discount

        news_subscriber = self.news_subscriber

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount
        if news_subscriber is not UNSET:
            field_dict["newsSubscriber"] = news_subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discount = d.pop("discount", UNSET)

        news_subscriber = d.pop("newsSubscriber", UNSET)

        update_customer_request = cls(
            discount=discount,
            news_subscriber=news_subscriber,
        )

        return update_customer_request
