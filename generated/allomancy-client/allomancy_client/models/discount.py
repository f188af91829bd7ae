from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.discount_type import DiscountType

T = TypeVar("T", bound="Discount")


@_attrs_define
class Discount:
    """A discount on a product, in force from `startDate` (inclusive) to `endDate` (exclusive).
    While it is in force, `activePrice` reflects it.

        Attributes:
            value (int): A whole number of Linden dollars (L$), zero or more.
            type_ (DiscountType): How a Discount's value applies. 0 Percent (value is a percentage off), 1 Flat (value is L$
                off), 2 Override (value is the new price).
            start_date (datetime.datetime): An ISO 8601 timestamp with `Z` or a numeric offset, e.g.
                2026-04-27T17:42:00+02:00. Accepted in requests and stored in UTC.
            end_date (datetime.datetime): An ISO 8601 timestamp with `Z` or a numeric offset, e.g.
                2026-04-27T17:42:00+02:00. Accepted in requests and stored in UTC.
    """

    value: int
    type_: DiscountType
    start_date: datetime.datetime
    end_date: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = self.type_.value

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "type": type_,
                "startDate": start_date,
                "endDate": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        type_ = DiscountType(d.pop("type"))

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        end_date = datetime.datetime.fromisoformat(d.pop("endDate"))

        discount = cls(
            value=value,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
        )

        return discount
