"""uvicorn's h11 protocol, but requests rejected by the HTTP parser (before the app runs) also get a
problem+json 400 instead of uvicorn's text/plain "Invalid HTTP request received."."""

from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import PROBLEM_MEDIA_TYPE, problem_body


class ProblemH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        document = problem_body("validation_failed", "The HTTP request is malformed and was not processed.")
        body = json.dumps(document, separators=(",", ":")).encode("ascii")
        headers = [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode("ascii")),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            output = self.conn.send(event)
            if output:
                self.transport.write(output)
        self.transport.close()
