"""The models and enums the operations use (as parameters, bodies or responses)."""

from .applied_coupon_response import AppliedCouponResponse
from .applied_coupon_scope import AppliedCouponScope
from .apply_coupon_by_code import ApplyCouponByCode
from .apply_coupon_by_id import ApplyCouponById
from .apply_coupon_by_owner import ApplyCouponByOwner
from .ban_customer_request import BanCustomerRequest
from .category_page import CategoryPage
from .category_response import CategoryResponse
from .coupon_apply_scope import CouponApplyScope
from .coupon_page import CouponPage
from .coupon_response import CouponResponse
from .create_category_request import CreateCategoryRequest
from .create_coupon_request import CreateCouponRequest
from .credit_lot import CreditLot
from .customer_account import CustomerAccount
from .customer_accounts import CustomerAccounts
from .customer_ban_state_response import CustomerBanStateResponse
from .customer_brand import CustomerBrand
from .customer_context import CustomerContext
from .customer_credit_response import CustomerCreditResponse
from .customer_gift_card import CustomerGiftCard
from .customer_gift_card_page import CustomerGiftCardPage
from .customer_page import CustomerPage
from .customer_profile import CustomerProfile
from .customer_response import CustomerResponse
from .customer_spend_response import CustomerSpendResponse
from .customer_store import CustomerStore
from .customer_token_response import CustomerTokenResponse
from .deliver_product_request import DeliverProductRequest
from .discount import Discount
from .discount_type import DiscountType
from .gift_card_page import GiftCardPage
from .gift_card_response import GiftCardResponse
from .grant_gift_card_request import GrantGiftCardRequest
from .increment_customer_credit_request import IncrementCustomerCreditRequest
from .loyalty_tier_response import LoyaltyTierResponse
from .mark_news_seen_request import MarkNewsSeenRequest
from .mint_customer_token_request import MintCustomerTokenRequest
from .news_post import NewsPost
from .news_post_page import NewsPostPage
from .pagination import Pagination
from .permissions import Permissions
from .problem import Problem
from .product_delivery_response import ProductDeliveryResponse
from .product_page import ProductPage
from .product_response import ProductResponse
from .product_upsert_request import ProductUpsertRequest
from .profit_share import ProfitShare
from .profit_share_request import ProfitShareRequest
from .purchase_bonus import PurchaseBonus
from .redelivery_product import RedeliveryProduct
from .redelivery_product_page import RedeliveryProductPage
from .redelivery_request import RedeliveryRequest
from .revoke_coupon_by_code import RevokeCouponByCode
from .revoke_coupon_by_id import RevokeCouponById
from .revoke_coupon_by_owner import RevokeCouponByOwner
from .revoked_coupon_response import RevokedCouponResponse
from .set_customer_credit_request import SetCustomerCreditRequest
from .store_response import StoreResponse
from .transaction import Transaction
from .transaction_page import TransactionPage
from .transfer_gift_card_request import TransferGiftCardRequest
from .unread_news import UnreadNews
from .unread_news_count import UnreadNewsCount
from .update_category_request import UpdateCategoryRequest
from .update_coupon_request import UpdateCouponRequest
from .update_customer_request import UpdateCustomerRequest
from .update_gift_card_request import UpdateGiftCardRequest

__all__ = (
    "AppliedCouponResponse",
    "AppliedCouponScope",
    "ApplyCouponByCode",
    "ApplyCouponById",
    "ApplyCouponByOwner",
    "BanCustomerRequest",
    "CategoryPage",
    "CategoryResponse",
    "CouponApplyScope",
    "CouponPage",
    "CouponResponse",
    "CreateCategoryRequest",
    "CreateCouponRequest",
    "CreditLot",
    "CustomerAccount",
    "CustomerAccounts",
    "CustomerBanStateResponse",
    "CustomerBrand",
    "CustomerContext",
    "CustomerCreditResponse",
    "CustomerGiftCard",
    "CustomerGiftCardPage",
    "CustomerPage",
    "CustomerProfile",
    "CustomerResponse",
    "CustomerSpendResponse",
    "CustomerStore",
    "CustomerTokenResponse",
    "DeliverProductRequest",
    "Discount",
    "DiscountType",
    "GiftCardPage",
    "GiftCardResponse",
    "GrantGiftCardRequest",
    "IncrementCustomerCreditRequest",
    "LoyaltyTierResponse",
    "MarkNewsSeenRequest",
    "MintCustomerTokenRequest",
    "NewsPost",
    "NewsPostPage",
    "Pagination",
    "Permissions",
    "Problem",
    "ProductDeliveryResponse",
    "ProductPage",
    "ProductResponse",
    "ProductUpsertRequest",
    "ProfitShare",
    "ProfitShareRequest",
    "PurchaseBonus",
    "RedeliveryProduct",
    "RedeliveryProductPage",
    "RedeliveryRequest",
    "RevokeCouponByCode",
    "RevokeCouponById",
    "RevokeCouponByOwner",
    "RevokedCouponResponse",
    "SetCustomerCreditRequest",
    "StoreResponse",
    "Transaction",
    "TransactionPage",
    "TransferGiftCardRequest",
    "UnreadNews",
    "UnreadNewsCount",
    "UpdateCategoryRequest",
    "UpdateCouponRequest",
    "UpdateCustomerRequest",
    "UpdateGiftCardRequest",
)
