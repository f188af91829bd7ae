"""Contains all the data models used in inputs/outputs"""

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
from .customer_ban_state_response import CustomerBanStateResponse
from .customer_credit_response import CustomerCreditResponse
from .customer_page import CustomerPage
from .customer_response import CustomerResponse
from .customer_spend_response import CustomerSpendResponse
from .customer_token_response import CustomerTokenResponse
from .deliver_product_request import DeliverProductRequest
from .discount import Discount
from .discount_type import DiscountType
from .gift_card_page import GiftCardPage
from .gift_card_response import GiftCardResponse
from .grant_gift_card_request import GrantGiftCardRequest
from .increment_customer_credit_request import IncrementCustomerCreditRequest
from .loyalty_tier_response import LoyaltyTierResponse
from .mint_customer_token_request import MintCustomerTokenRequest
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
from .revoke_coupon_by_code import RevokeCouponByCode
from .revoke_coupon_by_id import RevokeCouponById
from .revoke_coupon_by_owner import RevokeCouponByOwner
from .revoked_coupon_response import RevokedCouponResponse
from .set_customer_credit_request import SetCustomerCreditRequest
from .store_response import StoreResponse
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
    "CustomerBanStateResponse",
    "CustomerCreditResponse",
    "CustomerPage",
    "CustomerResponse",
    "CustomerSpendResponse",
    "CustomerTokenResponse",
    "DeliverProductRequest",
    "Discount",
    "DiscountType",
    "GiftCardPage",
    "GiftCardResponse",
    "GrantGiftCardRequest",
    "IncrementCustomerCreditRequest",
    "LoyaltyTierResponse",
    "MintCustomerTokenRequest",
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
    "RevokeCouponByCode",
    "RevokeCouponById",
    "RevokeCouponByOwner",
    "RevokedCouponResponse",
    "SetCustomerCreditRequest",
    "StoreResponse",
    "UpdateCategoryRequest",
    "UpdateCouponRequest",
    "UpdateCustomerRequest",
    "UpdateGiftCardRequest",
)
