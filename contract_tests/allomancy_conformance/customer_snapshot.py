"""`CustomerState` snapshots the one customer a write test may change, and puts it back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .assertions import ok
from .client import ApiClient


@dataclass
class CustomerState:
    """Discount, subscription, balances and ban state of one customer."""

    identifier: str
    customer: dict[str, Any]

    @classmethod
    def take(cls, api: ApiClient, identifier: str) -> CustomerState:
        # only gathering state: the layers judge getCustomer, a broken answer here must not hide their checks
        return cls(identifier, ok(api.call("getCustomer", path={"identifier": identifier}, check=False)))

    def restore(self, api: ApiClient) -> None:
        path = {"identifier": self.identifier}
        c = self.customer
        api.call(
            "updateCustomer",
            path=path,
            json={"discount": c["discount"], "newsSubscriber": c["newsSubscriber"]},
            check=False,
        )
        api.call("setCustomerCredit", path=path, json={"credit": c["credit"]}, check=False)
        api.call("setCustomerRestrictedCredit", path=path, json={"credit": c["restrictedCredit"]}, check=False)
        api.call("banCustomer" if c["isBanned"] else "unbanCustomer", path=path, check=False)
