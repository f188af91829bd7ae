"""Raw-socket HTTP/1.1 for requests no client library will build (CR/LF or NUL in header values,
duplicate or conflicting framing headers, unnormalized `..` paths, bytes that are not ASCII...).

Every exchange is bounded: a connect/read timeout and a cap on the bytes read.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import time
from dataclasses import dataclass, field

MAX_RESPONSE_BYTES = 4 * 1024 * 1024


@dataclass
class RawResponse:
    status: int  # 0 when the server closed the connection without a response
    reason: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    raw: bytes = b""
    timed_out: bool = False

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)

    def header_list(self, name: str) -> list[str]:
        name = name.lower()
        return [value for key, value in self.headers if key.lower() == name]


def exchange(
    port: int,
    request: bytes,
    *,
    timeout: float = 10.0,
    half_close: bool = False,
    host: str = "127.0.0.1",
    tls: bool = False,
) -> RawResponse:
    """Send `request` as-is and read until the server closes (or the timeout); parse the first response.
    With `tls` the connection is HTTPS (certificate checked against `host`)."""
    data = b""
    timed_out = False
    deadline = time.monotonic() + timeout
    with contextlib.ExitStack() as stack:
        sock = stack.enter_context(socket.create_connection((host, port), timeout=timeout))
        if tls:
            sock = stack.enter_context(ssl.create_default_context().wrap_socket(sock, server_hostname=host))
        try:
            sock.sendall(request)
        except OSError:
            pass  # the server may reject and close before reading everything; read what it said
        if half_close:
            try:
                sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
        while len(data) < MAX_RESPONSE_BYTES:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            sock.settimeout(remaining)
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                timed_out = True
                break
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return parse(data, timed_out)


def parse(data: bytes, timed_out: bool = False) -> RawResponse:
    if not data:
        return RawResponse(0, "", raw=data, timed_out=timed_out)
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    try:
        status = int(parts[1])
    except (IndexError, ValueError):
        return RawResponse(0, lines[0], raw=data, timed_out=timed_out)
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    length = next((value for name, value in headers if name.lower() == "content-length"), None)
    body = rest[: int(length)] if length is not None and length.isdigit() else rest
    return RawResponse(status, parts[2] if len(parts) > 2 else "", headers, body, data, timed_out)


def build(
    method: bytes,
    target: bytes,
    headers: list[tuple[bytes, bytes]],
    body: bytes = b"",
    *,
    content_length: bool = True,
    close: bool = True,
    host: bytes = b"127.0.0.1",
) -> bytes:
    """Assemble a request from raw parts (nothing is validated or escaped)."""
    lines = [method + b" " + target + b" HTTP/1.1", b"Host: " + host]
    lines += [name + b": " + value for name, value in headers]
    if content_length and body:
        lines.append(b"Content-Length: " + str(len(body)).encode())
    if close:
        lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body
