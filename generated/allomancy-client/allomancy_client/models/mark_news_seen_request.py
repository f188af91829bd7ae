from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarkNewsSeenRequest")


@_attrs_define
class MarkNewsSeenRequest:
    """Which store's posts to mark seen.

    Attributes:
        store_id (None | UUID): A UUID in its string form, or null.
    """

    store_id: None | UUID

    def to_dict(self) -> dict[str, Any]:
        store_id: None | str
        if isinstance(self.store_id, UUID):
            store_id = str(self.store_id)
        else:
            store_id = self.store_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "storeId": store_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_store_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_uuid_type_0 = UUID(data)

                return componentsschemas_nullable_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        store_id = _parse_store_id(d.pop("storeId"))

        mark_news_seen_request = cls(
            store_id=store_id,
        )

        return mark_news_seen_request
