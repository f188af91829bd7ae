from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.permissions import Permissions
    from ..models.profit_share_request import ProfitShareRequest


T = TypeVar("T", bound="ProductUpsertRequest")


@_attrs_define
class ProductUpsertRequest:
    """The body that creates a product or replaces one. Only `name` is required; every other field
    has a default (listed on the field) that applies whenever the field is left out.

        Attributes:
            name (str): The product name.
            price (int | Unset): The listed price in L$. Default: 0.
            image (None | Unset | UUID): A UUID in its string form, or null.
            listed (bool | Unset): Whether the product is listed. Default: False.
            bloggable (bool | Unset): Whether bloggers may retrieve the product for review. Default: False.
            permissions (None | Permissions | Unset): The permission flags; null or absent means {copy: true, modify: false,
                transfer: false}.
            discount (Discount | None | Unset): The product's discount, or null for none.
            available_amount (int | Unset): The stock count when limited is true. Default: 0.
            limited (bool | Unset): Whether stock is limited. Default: False.
            item (None | str | Unset): The name of the in-world item in the dispenser.
            block_credits (bool | Unset): Whether store credit cannot pay for the product. Default: False.
            description (None | str | Unset): The product description.
            profit_shares (list[ProfitShareRequest] | None | Unset): The profit split; null or absent means none.
            demo_id (None | Unset | UUID): A UUID in its string form, or null.
            active (bool | Unset): Whether the product is active. Default: True.
    """

    name: str
    price: int | Unset = 0
    image: None | Unset | UUID = UNSET
    listed: bool | Unset = False
    bloggable: bool | Unset = False
    permissions: None | Permissions | Unset = UNSET
    discount: Discount | None | Unset = UNSET
    available_amount: int | Unset = 0
    limited: bool | Unset = False
    item: None | str | Unset = UNSET
    block_credits: bool | Unset = False
    description: None | str | Unset = UNSET
    profit_shares: list[ProfitShareRequest] | None | Unset = UNSET
    demo_id: None | Unset | UUID = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415

        name = self.name

        price = self.price

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, UUID):
            image = str(self.image)
        else:
            image = self.image

        listed = self.listed

        bloggable = self.bloggable

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, Permissions):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        available_amount = self.available_amount

        limited = self.limited

        item: None | str | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        block_credits = self.block_credits

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        profit_shares: list[dict[str, Any]] | None | Unset
        if isinstance(self.profit_shares, Unset):
            profit_shares = UNSET
        elif isinstance(self.profit_shares, list):
            profit_shares = []
            for profit_shares_type_0_item_data in self.profit_shares:
                profit_shares_type_0_item = profit_shares_type_0_item_data.to_dict()
                profit_shares.append(profit_shares_type_0_item)

        else:
            profit_shares = self.profit_shares

        demo_id: None | str | Unset
        if isinstance(self.demo_id, Unset):
            demo_id = UNSET
        elif isinstance(self.demo_id, UUID):
            demo_id = str(self.demo_id)
        else:
            demo_id = self.demo_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if image is not UNSET:
            field_dict["image"] = image
        if listed is not UNSET:
            field_dict["listed"] = listed
        if bloggable is not UNSET:
            field_dict["bloggable"] = bloggable
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if discount is not UNSET:
            field_dict["discount"] = discount
        if available_amount is not UNSET:
            field_dict["availableAmount"] = available_amount
        if limited is not UNSET:
            field_dict["limited"] = limited
        if item is not UNSET:
            field_dict["item"] = item
        if block_credits is not UNSET:
            field_dict["blockCredits"] = block_credits
        if description is not UNSET:
            field_dict["description"] = description
        if profit_shares is not UNSET:
            field_dict["profitShares"] = profit_shares
        if demo_id is not UNSET:
            field_dict["demoId"] = demo_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.profit_share_request import ProfitShareRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price", UNSET)

        def _parse_image(data: object) -> None | Unset | UUID:
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

        image = _parse_image(d.pop("image", UNSET))

        listed = d.pop("listed", UNSET)

        bloggable = d.pop("bloggable", UNSET)

        def _parse_permissions(data: object) -> None | Permissions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = Permissions.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permissions | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = Discount.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        available_amount = d.pop("availableAmount", UNSET)

        limited = d.pop("limited", UNSET)

        def _parse_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item = _parse_item(d.pop("item", UNSET))

        block_credits = d.pop("blockCredits", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_profit_shares(data: object) -> list[ProfitShareRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profit_shares_type_0 = []
                _profit_shares_type_0 = data
                for profit_shares_type_0_item_data in _profit_shares_type_0:
                    profit_shares_type_0_item = ProfitShareRequest.from_dict(profit_shares_type_0_item_data)

                    profit_shares_type_0.append(profit_shares_type_0_item)

                return profit_shares_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProfitShareRequest] | None | Unset, data)

        profit_shares = _parse_profit_shares(d.pop("profitShares", UNSET))

        def _parse_demo_id(data: object) -> None | Unset | UUID:
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

        demo_id = _parse_demo_id(d.pop("demoId", UNSET))

        active = d.pop("active", UNSET)

        product_upsert_request = cls(
            name=name,
            price=price,
            image=image,
            listed=listed,
            bloggable=bloggable,
            permissions=permissions,
            discount=discount,
            available_amount=available_amount,
            limited=limited,
            item=item,
            block_credits=block_credits,
            description=description,
            profit_shares=profit_shares,
            demo_id=demo_id,
            active=active,
        )

        return product_upsert_request
