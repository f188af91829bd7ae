"""uvicorn's httptools (llhttp) protocol, made as strict as the h11 one and answering in problem+json.

llhttp is much faster than h11 but, left alone, it accepts things h11 refuses: a request line without a
version (HTTP/0.9), which is how a raw CR/LF inside a request target slips through as a request for the truncated
path; an HTTP/1.1 request without a Host header; a request head of any size. Those are refused here, in the
protocol, before the application runs, with the same 400 problem+json the h11 protocol sends (http11.py).
Everything llhttp refuses on its own (bad header names or values,
duplicate or negative Content-Length, Transfer-Encoding other than chunked, CL together with TE, bad chunks,
non-ASCII request targets) gets that 400 too. A target that is not origin-form (absolute, authority, asterisk)
gets the router's 404 route_not_found, and the raw target up to "?" is what the application routes on.

Where h11 is more lenient than llhttp in a harmless way, the same request is accepted the same way, so the
hostile-input corpus is answered as before: a bare LF ends a header line (llhttp's `optional_cr_before_lf`
leniency), an obsolete line folding inside the request head is replaced by a space (as RFC 9112 section 5.2
allows a recipient to do), and `PRI * HTTP/2.0` (the HTTP/2 preface) reaches no route: 404 route_not_found.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .errors import PROBLEM_MEDIA_TYPE, problem_body

# The largest request head (request line and headers) served; h11 behind uvicorn refuses a head it has to buffer
# past its limit, which in practice lets heads of a few tens of KiB through and refuses a 1 MiB one.
MAX_HEAD_BYTES = 64 * 1024
_FOLD = re.compile(rb"\r?\n[ \t]+")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_METHOD = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+) ")
# Methods llhttp parses as themselves; any other token method (h11 takes any) is parsed as a stand-in and the real
# one restored, so the application answers it (405 or 404) exactly as it does behind h11.
PLAIN_METHODS = frozenset({b"GET", b"HEAD", b"POST", b"PUT", b"DELETE", b"OPTIONS", b"PATCH", b"TRACE", b"CONNECT"})
STAND_IN = b"OPTIONS"


class Refused(Exception):
    """Raised inside a parser callback: llhttp turns it into HttpParserCallbackError (an HttpParserError)."""

    def __init__(self, detail: str, status_line: bytes = b"HTTP/1.1 400 Bad Request\r\n", code: str = "") -> None:
        super().__init__(detail)
        self.status_line = status_line
        self.code = code or "validation_failed"
        self.detail = detail


def problem_bytes(status_line: bytes, code: str, detail: str) -> bytes:
    body = json.dumps(problem_body(code, detail), separators=(",", ":")).encode("ascii")
    head = (
        status_line + b"content-type: " + PROBLEM_MEDIA_TYPE.encode("ascii") + b"\r\n"
        b"content-length: " + str(len(body)).encode("ascii") + b"\r\nconnection: close\r\n\r\n"
    )
    return head + body


class StrictHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parser.set_dangerous_leniencies(lenient_data_after_close=True, lenient_optional_cr_before_lf=True)
        self._in_head = True  # the next bytes start (or continue) a request head
        self._at_start = True  # the next bytes start a request
        self._head_bytes = 0
        self._first = True
        self._real_method: str | None = None
        self._refusal: Refused | None = None

    def data_received(self, data: bytes) -> None:
        if self._first:
            self._first = False
            if data.startswith(b"PRI * HTTP/2.0"):
                self._refuse(b"HTTP/1.1 404 Not Found\r\n", "route_not_found", "No operation exists at this path.")
                return
        if self._at_start:
            data = self._stand_in(data)
        if self._in_head:
            data = self._unfold(data)
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            pass  # no websockets or CONNECT tunnels: the application has already answered the request
        except httptools.HttpParserError:
            refusal, self._refusal = self._refusal, None
            if refusal is None:
                self.send_400_response("Invalid HTTP request received.")
            else:
                self._refuse(refusal.status_line, refusal.code, refusal.detail)

    def _stand_in(self, data: bytes) -> bytes:
        match = _METHOD.match(data)
        if match is None or match.group(1) in PLAIN_METHODS:
            self._real_method = None
            return data
        self._real_method = match.group(1).decode("ascii")
        return STAND_IN + data[match.end(1) :]

    @staticmethod
    def _unfold(data: bytes) -> bytes:
        """Replace obs-folds in the head part of `data` (up to the blank line) by a space."""
        end = _HEAD_END.search(data)
        cut = end.start() if end else len(data)
        head = data[:cut]
        if b"\n " not in head and b"\n\t" not in head:
            return data
        return _FOLD.sub(b" ", head) + data[cut:]

    def _refuse(self, status_line: bytes, code: str, detail: str) -> None:
        self.transport.write(problem_bytes(status_line, code, detail))
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self._refuse(
            b"HTTP/1.1 400 Bad Request\r\n", "validation_failed", "The HTTP request is malformed and was not processed."
        )

    # ---- parser callbacks

    def on_message_begin(self) -> None:
        self._in_head = True
        self._at_start = False
        self._head_bytes = 0
        super().on_message_begin()

    def _fail(self, refusal: Refused) -> None:
        self._refusal = refusal
        raise refusal

    def _count(self, size: int) -> None:
        self._head_bytes += size
        if self._head_bytes > MAX_HEAD_BYTES:
            self._fail(Refused("request head too large"))

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        version = self.parser.get_http_version()
        if version not in ("1.0", "1.1"):
            self._fail(Refused(f"HTTP/{version} is not served"))
        if version == "1.1" and not any(name == b"host" for name, _ in self.headers):
            self._fail(Refused("an HTTP/1.1 request needs a Host header"))
        if not self.url.startswith(b"/"):  # absolute, authority (CONNECT) or asterisk form: no route has it
            self._fail(Refused("No operation exists at this path.", b"HTTP/1.1 404 Not Found\r\n", "route_not_found"))
        super().on_headers_complete()
        # The application routes on the raw target up to "?", as behind h11 (llhttp's URL parser would also cut
        # a "#fragment", which a client never sends on the wire).
        raw_path, _, query = self.url.partition(b"?")
        self.scope["raw_path"] = raw_path
        self.scope["query_string"] = query
        if self._real_method is not None:
            self.scope["method"] = self._real_method
            self._real_method = None

    def on_message_complete(self) -> None:
        self._in_head = True
        self._at_start = True
        super().on_message_complete()
