import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { voucherCartRefresh } from "@tradatewelfare/municipal-voucher/hooks"
import { inSequence } from "../../lib/hook-sequence"

/**
 * Medusa refreshes a cart after every change to it (lines, quantities, region, customer);
 * before the payment collection follows the new total, each plugin re-derives what it
 * put on the cart: voucher shares first.
 */
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  ...inSequence({ name: "municipal-voucher", invoke: voucherCartRefresh })
)
