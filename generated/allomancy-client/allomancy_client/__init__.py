"""A typed client for the Allomancy Third-Party API.

from allomancy_client import Allomancy, NotFoundError

api = Allomancy(API_KEY)
try:
    customer = api.customers.get("resident.username")
except NotFoundError as error:
    print(error.code, error.detail)
"""

from .api import Allomancy, AllomancyCustomer, AsyncAllomancy, AsyncAllomancyCustomer
from .client import AuthenticatedClient, Client
from .errors import PROBLEM_CODES, ProblemCode
from .kit.errors import (
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
)

__all__ = (
    "PROBLEM_CODES",
    "Allomancy",
    "AllomancyCustomer",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncAllomancy",
    "AsyncAllomancyCustomer",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "NotFoundError",
    "PayloadError",
    "PermissionDeniedError",
    "ProblemCode",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "UnexpectedResponseError",
)
