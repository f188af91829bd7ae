"""Types shared by the generated models and operations."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define, field


class Unset:
    """The type of UNSET: marks a field or argument that was left out, as opposed to one sent as null."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# What httpx accepts for one multipart file.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload as multipart/form-data."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus member for a status the standard library knows, else the plain int (499, 520, ...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T_co = TypeVar("T_co", covariant=True)


@define(frozen=True)
class Response(Generic[T_co]):
    """What an operation's *_detailed function returns.

    status_code is an HTTPStatus when the standard library knows the code and a plain int otherwise;
    both compare equal to the number. parsed is None when the status is not documented for the operation
    (documented is then False) or when the body could not be read as the documented model (parse_error
    then holds the exception: a body that is not JSON, is truncated, or lacks a required field).
    request is the request that was sent (method and URL; the key travels in a header, not in the URL).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T_co | None
    request: httpx.Request | None = field(default=None, kw_only=True, repr=False)
    documented: bool = field(default=True, kw_only=True)
    parse_error: Exception | None = field(default=None, kw_only=True)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "status_of"]
