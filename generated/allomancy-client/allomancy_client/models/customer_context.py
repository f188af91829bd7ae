from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_brand import CustomerBrand
    from ..models.customer_store import CustomerStore


T = TypeVar("T", bound="CustomerContext")


@_attrs_define
class CustomerContext:
    """The brand of the customer page and the stores in the token's scope.

    Attributes:
        brand (CustomerBrand): The name and logo the customer page shows.
        stores (list[CustomerStore]): One entry per store in scope; several for a collective token.
    """

    brand: CustomerBrand
    stores: list[CustomerStore]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand.to_dict()

        stores = []
        for stores_item_data in self.stores:
            stores_item = stores_item_data.to_dict()
            stores.append(stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand": brand,
                "stores": stores,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_brand import CustomerBrand  # noqa: PLC0415
        from ..models.customer_store import CustomerStore  # noqa: PLC0415

        d = dict(src_dict)
        brand = CustomerBrand.from_dict(d.pop("brand"))

        stores = []
        _stores = d.pop("stores")
        for stores_item_data in _stores:
            stores_item = CustomerStore.from_dict(stores_item_data)

            stores.append(stores_item)

        customer_context = cls(
            brand=brand,
            stores=stores,
        )

        customer_context.additional_properties = d
        return customer_context

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
