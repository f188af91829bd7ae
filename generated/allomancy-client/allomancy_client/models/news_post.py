from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewsPost")


@_attrs_define
class NewsPost:
    """A post of a store's news kiosk.

    Attributes:
        id (UUID): A UUID in its string form.
        store_id (UUID): A UUID in its string form.
        message (str): The post's text.
        item (None | str): The name of the item attached to the post, or null.
        on_demand_item (bool): Whether subscribers can ask for the item at any time.
        can_request_item (bool): True exactly when the post has an item, the item is on demand, and the customer is an
            active news subscriber of the store.
        created (datetime.datetime): An ISO 8601 timestamp in UTC, written with `Z`, e.g. 2026-04-27T15:42:00Z.
            Responses use this form only.
    """

    id: UUID
    store_id: UUID
    message: str
    item: None | str
    on_demand_item: bool
    can_request_item: bool
    created: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        store_id = str(self.store_id)

        message = self.message

        item: None | str
        item = self.item

        on_demand_item = self.on_demand_item

        can_request_item = self.can_request_item

        created = self.created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "storeId": store_id,
                "message": message,
                "item": item,
                "onDemandItem": on_demand_item,
                "canRequestItem": can_request_item,
                "created": created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        store_id = UUID(d.pop("storeId"))

        message = d.pop("message")

        def _parse_item(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item = _parse_item(d.pop("item"))

        on_demand_item = d.pop("onDemandItem")

        can_request_item = d.pop("canRequestItem")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        news_post = cls(
            id=id,
            store_id=store_id,
            message=message,
            item=item,
            on_demand_item=on_demand_item,
            can_request_item=can_request_item,
            created=created,
        )

        news_post.additional_properties = d
        return news_post

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
