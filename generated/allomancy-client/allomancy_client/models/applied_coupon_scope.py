from enum import StrEnum


class AppliedCouponScope(StrEnum):
    PRODUCT = "product"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AppliedCouponScope | None":
        # A string this client does not know yet (the API added a member) becomes a stand-in
        # member named UNKNOWN, so responses that carry it still parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value that was not in the API description this client was generated from."""
        return type(self)._value2member_map_.get(self._value_) is self
