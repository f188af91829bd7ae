from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unread_news_count import UnreadNewsCount


T = TypeVar("T", bound="UnreadNews")


@_attrs_define
class UnreadNews:
    """Unread news posts, in total and per store in scope.

    Attributes:
        total (int): A whole count, zero or more.
        by_store (list[UnreadNewsCount]): One entry per store in scope, also for stores with none unread, in no fixed
            order.
    """

    total: int
    by_store: list[UnreadNewsCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_store = []
        for by_store_item_data in self.by_store:
            by_store_item = by_store_item_data.to_dict()
            by_store.append(by_store_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "byStore": by_store,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unread_news_count import UnreadNewsCount  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_store = []
        _by_store = d.pop("byStore")
        for by_store_item_data in _by_store:
            by_store_item = UnreadNewsCount.from_dict(by_store_item_data)

            by_store.append(by_store_item)

        unread_news = cls(
            total=total,
            by_store=by_store,
        )

        unread_news.additional_properties = d
        return unread_news

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
