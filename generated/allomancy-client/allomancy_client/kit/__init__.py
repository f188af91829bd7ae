"""Hand-written helpers on top of the generated allomancy_client package.

connect()            an AuthenticatedClient with a timeout and retries, in one line
connect_customer()   the same for the customer surface, authenticated by a customer token instead of a key
iterate(), aiterate() every row of a paginated list operation, fetched page by page
unwrap(), ApiError   the parsed success model, or one exception type for everything else
RetryPolicy, RetryTransport  the retry rules and the httpx transport that applies them
"""

from .connect import connect
from .customer import connect_customer
from .errors import ApiError, retry_after_seconds, unwrap
from .pages import aiterate, iterate
from .retry import RetryPolicy, RetryTransport

__all__ = [
    "ApiError",
    "RetryPolicy",
    "RetryTransport",
    "aiterate",
    "connect",
    "connect_customer",
    "iterate",
    "retry_after_seconds",
    "unwrap",
]
