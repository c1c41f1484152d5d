import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { holdTimeoutMinutes, reconcileVoucherHoldsWorkflow } from "../workflows/checkout/settle-cart-holds"

/** Every five minutes: no voucher value stays held for a cart for ever. */
export default async function reconcileVoucherHoldsJob(container: MedusaContainer) {
  const { result } = await reconcileVoucherHoldsWorkflow(container).run({ input: { timeout_minutes: holdTimeoutMinutes() } })
  if (result.captured.length || result.released.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Voucher holds: ${result.captured.length} cart(s) captured, ${result.released.length} released`)
  }
}

export const config = {
  name: "municipal-voucher-reconcile-holds",
  schedule: "*/5 * * * *",
}
