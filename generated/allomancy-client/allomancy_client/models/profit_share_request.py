from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitShareRequest")


@_attrs_define
class ProfitShareRequest:
    """One recipient of a product's profit split, as sent. The share is matched on userUuid.

    Attributes:
        user_uuid (UUID): A UUID in its string form.
        percent (int): A whole percentage, 0 to 100.
        username (None | str | Unset): The recipient's username; accepted for readability and ignored for matching.
    """

    user_uuid: UUID
    percent: int
    username: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_uuid = str(self.user_uuid)

        percent = self.percent

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userUuid": user_uuid,
                "percent": percent,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_uuid = UUID(d.pop("userUuid"))

        percent = d.pop("percent")

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        profit_share_request = cls(
            user_uuid=user_uuid,
            percent=percent,
            username=username,
        )

        return profit_share_request
