"""Hand-written helpers on top of the generated allomancy_client package.

connect()              an AuthenticatedClient with a timeout, retries and optional pacing, in one line
connect_customer()     the same for the customer surface, authenticated by a customer token instead of a key
ApiError and subclasses one exception type for every failed call, a subclass per kind (see kit.errors)
unwrap()               the parsed success model of a *_detailed response, or the matching ApiError
iterate(), aiterate()  every row of a paginated list operation, fetched page by page
RetryPolicy, RetryTransport, Pacer, PacedTransport  the retry and pacing rules and their httpx transports
SyncApi, AsyncApi, SyncResource, AsyncResource      the bases of the generated Allomancy / AsyncAllomancy
"""

from .connect import DEFAULT_BASE_URL, connect, normalize_base_url
from .customer import connect_customer
from .errors import (
    BODY_LIMIT,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PayloadError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnexpectedResponseError,
    error_class,
    error_from_response,
    retry_after_seconds,
    unwrap,
)
from .facade import AsyncApi, AsyncResource, SyncApi, SyncResource
from .pacing import PacedTransport, Pacer
from .pages import aiterate, iterate
from .retry import RetryPolicy, RetryTransport
from .transports import LoopLocalAsyncTransport

__all__ = [
    "BODY_LIMIT",
    "DEFAULT_BASE_URL",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncApi",
    "AsyncResource",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "LoopLocalAsyncTransport",
    "NotFoundError",
    "PacedTransport",
    "Pacer",
    "PayloadError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "SyncApi",
    "SyncResource",
    "UnexpectedResponseError",
    "aiterate",
    "connect",
    "connect_customer",
    "error_class",
    "error_from_response",
    "iterate",
    "normalize_base_url",
    "retry_after_seconds",
    "unwrap",
]
