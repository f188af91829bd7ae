"""The API as objects, one attribute per group of the reference.

    api = Allomancy()                             # ALLOMANCY_API_KEY, ALLOMANCY_BASE_URL (else the real API)
    store = api.store.get()
    for customer in api.customers.iter(news_subscriber=True):
        ...
    token = api.customer_tokens.mint(body=MintCustomerTokenRequest("resident.name")).token
    me = AllomancyCustomer(token)                 # the customer page surface (else ALLOMANCY_CUSTOMER_TOKEN)
    me.customer_page.get_profile()

Allomancy and AllomancyCustomer are synchronous; AsyncAllomancy and AsyncAllomancyCustomer are their async
twins. Every method raises an ApiError subclass when the call fails (see allomancy_client.kit.errors). The
functions of each operation module (allomancy_client.api.<group>.<operation>) are the low-level form:
they return a Response instead of raising.
"""

from ..kit.facade import AsyncApi, KeyApi, SyncApi, TokenApi
from .categories import AsyncCategories, Categories
from .coupons import AsyncCoupons, Coupons
from .credit import AsyncCredit, Credit
from .customer_page import AsyncCustomerPage, CustomerPage
from .customer_tokens import AsyncCustomerTokens, CustomerTokens
from .customers import AsyncCustomers, Customers
from .gift_cards import AsyncGiftCards, GiftCards
from .loyalty import AsyncLoyalty, Loyalty
from .products import AsyncProducts, Products
from .store import AsyncStore, Store


class Allomancy(SyncApi, KeyApi):
    """The store API, authenticated by a store API key; every method raises ApiError subclasses.

        api = Allomancy(api_key, "https://integrations.allomancy.net")   # or the documented .../v1 form

    Groups:
        categories: add_product, create, delete, get, list, list_products, remove_product, update
        coupons: apply, create, get, list, list_by_owner, revoke, update
        credit: get, increment, increment_restricted, set, set_restricted
        customer_tokens: mint
        customers: ban, get, get_spend, list, unban, update
        gift_cards: disable, get, grant, list, update
        loyalty: list_tiers
        products: create, deliver, get, list, update
        store: get
    """

    categories: Categories
    coupons: Coupons
    credit: Credit
    customer_tokens: CustomerTokens
    customers: Customers
    gift_cards: GiftCards
    loyalty: Loyalty
    products: Products
    store: Store

    def _bind(self) -> None:
        self.categories = Categories(self)
        self.coupons = Coupons(self)
        self.credit = Credit(self)
        self.customer_tokens = CustomerTokens(self)
        self.customers = Customers(self)
        self.gift_cards = GiftCards(self)
        self.loyalty = Loyalty(self)
        self.products = Products(self)
        self.store = Store(self)


class AsyncAllomancy(AsyncApi, KeyApi):
    """The async twin of Allomancy: the same groups and methods, as coroutines; iter*() gives async iterators.

    One AsyncAllomancy can serve several asyncio.run() calls: each event loop gets its own connections.

    Groups:
        categories: add_product, create, delete, get, list, list_products, remove_product, update
        coupons: apply, create, get, list, list_by_owner, revoke, update
        credit: get, increment, increment_restricted, set, set_restricted
        customer_tokens: mint
        customers: ban, get, get_spend, list, unban, update
        gift_cards: disable, get, grant, list, update
        loyalty: list_tiers
        products: create, deliver, get, list, update
        store: get
    """

    categories: AsyncCategories
    coupons: AsyncCoupons
    credit: AsyncCredit
    customer_tokens: AsyncCustomerTokens
    customers: AsyncCustomers
    gift_cards: AsyncGiftCards
    loyalty: AsyncLoyalty
    products: AsyncProducts
    store: AsyncStore

    def _bind(self) -> None:
        self.categories = AsyncCategories(self)
        self.coupons = AsyncCoupons(self)
        self.credit = AsyncCredit(self)
        self.customer_tokens = AsyncCustomerTokens(self)
        self.customers = AsyncCustomers(self)
        self.gift_cards = AsyncGiftCards(self)
        self.loyalty = AsyncLoyalty(self)
        self.products = AsyncProducts(self)
        self.store = AsyncStore(self)


class AllomancyCustomer(SyncApi, TokenApi):
    """The customer page surface, authenticated by a customer token (minted with a key); raises ApiError subclasses.

        me = AllomancyCustomer(token, "https://integrations.allomancy.net")   # sent as X-Customer-Token

    Groups:
        customer_page: get_account, get_context, get_news_unread, get_profile, list_news, list_own_gift_cards, list_redelivery_products, list_transactions, mark_news_seen, redeem_gift_card, request_news_item, request_redelivery, transfer_gift_card
    """

    customer_page: CustomerPage

    def _bind(self) -> None:
        self.customer_page = CustomerPage(self)


class AsyncAllomancyCustomer(AsyncApi, TokenApi):
    """The async twin of AllomancyCustomer.

    Groups:
        customer_page: get_account, get_context, get_news_unread, get_profile, list_news, list_own_gift_cards, list_redelivery_products, list_transactions, mark_news_seen, redeem_gift_card, request_news_item, request_redelivery, transfer_gift_card
    """

    customer_page: AsyncCustomerPage

    def _bind(self) -> None:
        self.customer_page = AsyncCustomerPage(self)


__all__ = ["Allomancy", "AsyncAllomancy", "AllomancyCustomer", "AsyncAllomancyCustomer"]
