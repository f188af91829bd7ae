"""Hand-written helpers on top of the generated allomancy_client package.

connect()            an AuthenticatedClient with a timeout and retries, in one line
iterate(), aiterate() every row of a paginated list operation, fetched page by page
unwrap(), ApiError   the parsed success model, or one exception type for everything else
RetryPolicy, RetryTransport  the retry rules and the httpx transport that applies them
"""

from .connect import connect
from .errors import ApiError, retry_after_seconds, unwrap
from .pages import aiterate, iterate
from .retry import RetryPolicy, RetryTransport

__all__ = [
    "ApiError",
    "RetryPolicy",
    "RetryTransport",
    "aiterate",
    "connect",
    "iterate",
    "retry_after_seconds",
    "unwrap",
]
