from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerProfile")


@_attrs_define
class CustomerProfile:
    """The customer a token belongs to.

    Attributes:
        uuid (UUID): A UUID in its string form.
        username (str): The customer's Second Life username.
        picture_uuid (None | UUID): The texture UUID of the avatar's profile picture, or null when there is none.
    """

    uuid: UUID
    username: str
    picture_uuid: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        username = self.username

        picture_uuid: None | str
        if isinstance(self.picture_uuid, UUID):
            picture_uuid = str(self.picture_uuid)
        else:
            picture_uuid = self.picture_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "username": username,
                "pictureUuid": picture_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        username = d.pop("username")

        def _parse_picture_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                picture_uuid_type_0 = UUID(data)

                return picture_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        picture_uuid = _parse_picture_uuid(d.pop("pictureUuid"))

        customer_profile = cls(
            uuid=uuid,
            username=username,
            picture_uuid=picture_uuid,
        )

        customer_profile.additional_properties = d
        return customer_profile

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
