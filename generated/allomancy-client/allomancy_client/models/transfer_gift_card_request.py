from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferGiftCardRequest")


@_attrs_define
class TransferGiftCardRequest:
    """Who receives the gift card.

    Attributes:
        receiver_identifier (str): A Second Life username (one or two dot-separated parts) or an avatar UUID.
    """

    receiver_identifier: str

    def to_dict(self) -> dict[str, Any]:
        receiver_identifier = self.receiver_identifier

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "receiverIdentifier": receiver_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receiver_identifier = d.pop("receiverIdentifier")

        transfer_gift_card_request = cls(
            receiver_identifier=receiver_identifier,
        )

        return transfer_gift_card_request
