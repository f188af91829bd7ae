"""The operation table: every documented operation, one module per area."""

from __future__ import annotations

from ..operations import Operation
from . import categories, coupons, credit, customer, customers, giftcards, products, store, tokens

ALL_OPERATIONS: tuple[Operation, ...] = (
    *store.OPERATIONS,
    *products.OPERATIONS,
    *categories.OPERATIONS,
    *coupons.OPERATIONS,
    *customers.OPERATIONS,
    *credit.OPERATIONS,
    *giftcards.OPERATIONS,
    *tokens.OPERATIONS,
    *customer.OPERATIONS,
)
