"""Starlette's CORS middleware, but a refused preflight is answered as problem+json like every other error."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response

from .errors import problem_response


class ProblemCORSMiddleware(CORSMiddleware):
    def preflight_response(self, request_headers: Headers) -> Response:
        answer = super().preflight_response(request_headers)
        if answer.status_code < 400:
            return answer
        reason = bytes(answer.body).decode("utf-8", "replace")
        dropped = ("content-type", "content-length")
        kept = {name: value for name, value in answer.headers.items() if name.lower() not in dropped}
        return problem_response("validation_failed", f"{reason}: this preflight is refused.", kept)
