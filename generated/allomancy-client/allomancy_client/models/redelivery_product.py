from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RedeliveryProduct")


@_attrs_define
class RedeliveryProduct:
    """A product the customer can have sent again.

    Attributes:
        id (UUID): A UUID in its string form.
        name (str): The product's name.
        image (None | UUID): A UUID in its string form, or null.
        store_id (UUID): A UUID in its string form.
    """

    id: UUID
    name: str
    image: None | UUID
    store_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        image: None | str
        if isinstance(self.image, UUID):
            image = str(self.image)
        else:
            image = self.image

        store_id = str(self.store_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "image": image,
                "storeId": store_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_image(data: object) -> None | UUID:
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

        image = _parse_image(d.pop("image"))

        store_id = UUID(d.pop("storeId"))

        redelivery_product = cls(
            id=id,
            name=name,
            image=image,
            store_id=store_id,
        )

        redelivery_product.additional_properties = d
        return redelivery_product

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
