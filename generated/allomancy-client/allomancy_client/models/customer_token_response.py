from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerTokenResponse")


@_attrs_define
class CustomerTokenResponse:
    """A minted customer token.

    Attributes:
        token (str): The opaque token, for the X-Customer-Token header of the customer surface.
        url (str): The customer page URL that opens with the token, `https://{origin}/#ct={token}`. To open one
            section directly, insert `?view={section}` before the fragment (`giftcards` is a known section).
        expires_at (datetime.datetime): An ISO 8601 timestamp in UTC, written with `Z`, e.g. 2026-04-27T15:42:00Z.
            Responses use this form only.
    """

    token: str
    url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        url = self.url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "url": url,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        url = d.pop("url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        customer_token_response = cls(
            token=token,
            url=url,
            expires_at=expires_at,
        )

        customer_token_response.additional_properties = d
        return customer_token_response

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
