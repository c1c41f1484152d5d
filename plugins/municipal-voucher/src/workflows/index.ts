export * from "./apply-voucher-to-cart"
export * from "./remove-voucher-from-cart"
export * from "./complete-cart-with-vouchers"
