// Workflows by domain: checkout (vouchers on carts, holds and captures), refunds, schemes,
// vouchers (assignment, adjustment, status) and expiry.
export * from "./checkout/apply-voucher-to-cart"
export * from "./checkout/remove-voucher-from-cart"
export * from "./checkout/settle-cart-holds"
export * from "./expiry/process-voucher-expiry"
export * from "./refunds/refund-canceled-order-vouchers"
export * from "./refunds/refund-order-line"
export * from "./schemes/create-voucher-scheme"
export * from "./schemes/update-voucher-scheme"
export * from "./vouchers/adjust-voucher"
export * from "./vouchers/assign-vouchers"
export * from "./vouchers/check-voucher-assignments"
export * from "./vouchers/update-voucher-status"
