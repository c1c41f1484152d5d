import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { refuseUnsoldServices } from "@tradatewelfare/cooperatives/workflows"
import { voucherCartCompletion } from "@tradatewelfare/municipal-voucher/hooks"
import { inSequence } from "../../lib/hook-sequence"

/**
 * The one place where plugins join cart completion, whatever started it (the store's
 * POST /store/carts/:id/complete or a payment provider's webhook). Medusa runs the
 * validate hook under its cart lock, before the order and the payment authorization;
 * the compensation runs when anything after it fails. A plugin joins by adding its
 * participant here, in the order its checks and holds must happen. Work that can follow
 * the order (the voucher capture) reacts to `order.placed` in the plugin itself: Medusa
 * 2.21 does not expose completion's later hooks.
 */
/** What the validate hook hands each participant: the cart as each of them reads it. */
type CompletingCart = Parameters<typeof refuseUnsoldServices>[0] & Parameters<typeof voucherCartCompletion.validate>[0]

completeCartWorkflow.hooks.validate(
  ...inSequence<CompletingCart>(
    // Reads only: services of a cooperative no longer accredited are not sold.
    { name: "cooperatives", invoke: refuseUnsoldServices },
    {
      name: voucherCartCompletion.name,
      invoke: voucherCartCompletion.validate,
      compensate: voucherCartCompletion.compensate,
    }
  )
)
