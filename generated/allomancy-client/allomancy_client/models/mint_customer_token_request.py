from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MintCustomerTokenRequest")


@_attrs_define
class MintCustomerTokenRequest:
    """Whom to mint a customer token for.

    Attributes:
        customer_identifier (str): A Second Life username (one or two dot-separated parts) or an avatar UUID.
        collective_id (None | Unset | UUID): A UUID in its string form, or null.
    """

    customer_identifier: str
    collective_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_identifier = self.customer_identifier

        collective_id: None | str | Unset
        if isinstance(self.collective_id, Unset):
            collective_id = UNSET
        elif isinstance(self.collective_id, UUID):
            collective_id = str(self.collective_id)
        else:
            collective_id = self.collective_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerIdentifier": customer_identifier,
            }
        )
        if collective_id is not UNSET:
            field_dict["collectiveId"] = collective_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_identifier = d.pop("customerIdentifier")

        def _parse_collective_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_uuid_type_0 = UUID(data)

                return componentsschemas_nullable_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        collective_id = _parse_collective_id(d.pop("collectiveId", UNSET))

        mint_customer_token_request = cls(
            customer_identifier=customer_identifier,
            collective_id=collective_id,
        )

        return mint_customer_token_request
