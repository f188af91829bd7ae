from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.purchase_bonus import PurchaseBonus


T = TypeVar("T", bound="StoreResponse")


@_attrs_define
class StoreResponse:
    """The store an API key belongs to.

    Attributes:
        id (UUID): A UUID in its string form.
        name (str): The store name.
        logo (None | UUID): A UUID in its string form, or null.
        blog_listed (bool): Whether the store is listed for bloggers.
        application_open (bool): Whether blogger applications are open.
        bonus (PurchaseBonus): The store's purchase-bonus percentages.
        location_sl_url (str): Map link (SLurl) to where the store stands in Second Life; "" if the store has not set
            one.
        owner_uuid (UUID): A UUID in its string form.
        owner_username (str): The store owner's username.
    """

    id: UUID
    name: str
    logo: None | UUID
    blog_listed: bool
    application_open: bool
    bonus: PurchaseBonus
    location_sl_url: str
    owner_uuid: UUID
    owner_username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        logo: None | str
        if isinstance(self.logo, UUID):
            logo = str(self.logo)
        else:
            logo = self.logo

        blog_listed = self.blog_listed

        application_open = self.application_open

        bonus = self.bonus.to_dict()

        location_sl_url = self.location_sl_url

        owner_uuid = str(self.owner_uuid)

        owner_username = self.owner_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "logo": logo,
                "blogListed": blog_listed,
                "applicationOpen": application_open,
                "bonus": bonus,
                "locationSlUrl": location_sl_url,
                "ownerUuid": owner_uuid,
                "ownerUsername": owner_username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_bonus import PurchaseBonus  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_logo(data: object) -> None | UUID:
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

        logo = _parse_logo(d.pop("logo"))

        blog_listed = d.pop("blogListed")

        application_open = d.pop("applicationOpen")

        bonus = PurchaseBonus.from_dict(d.pop("bonus"))

        location_sl_url = d.pop("locationSlUrl")

        owner_uuid = UUID(d.pop("ownerUuid"))

        owner_username = d.pop("ownerUsername")

        store_response = cls(
            id=id,
            name=name,
            logo=logo,
            blog_listed=blog_listed,
            application_open=application_open,
            bonus=bonus,
            location_sl_url=location_sl_url,
            owner_uuid=owner_uuid,
            owner_username=owner_username,
        )

        store_response.additional_properties = d
        return store_response

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
