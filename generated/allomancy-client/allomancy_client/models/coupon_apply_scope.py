from enum import IntEnum


class CouponApplyScope(IntEnum):
    STORE_WIDE = 0
    PRODUCT = 1

    def __str__(self) -> str:
        # Path and header values are built with str(); keep it the bare number.
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CouponApplyScope | None":
        # A number this client does not know yet (the API added a member) becomes a stand-in
        # member named UNKNOWN_<value>, so responses that carry it still parse.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value that was not in the API description this client was generated from."""
        return type(self)._value2member_map_.get(self._value_) is self
