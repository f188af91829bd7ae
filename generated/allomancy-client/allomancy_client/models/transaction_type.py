from enum import IntEnum


class TransactionType(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_6 = 6
    VALUE_7 = 7
    VALUE_8 = 8
    VALUE_9 = 9

    def __str__(self) -> str:
        # Path and header values are built with str(); keep it the bare number.
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TransactionType | None":
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
