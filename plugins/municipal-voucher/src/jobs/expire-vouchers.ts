import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { processVoucherExpiryWorkflow } from "../workflows/expiry/process-voucher-expiry"

/** Every night: expire vouchers past their date and remind citizens of those expiring soon. */
export default async function expireVouchersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await processVoucherExpiryWorkflow(container).run({ input: {} })
  logger.info(`Voucher expiry: ${result.expired.length} expired, ${result.reminded.length} reminded`)
}

export const config = {
  name: "municipal-voucher-expiry",
  schedule: "15 2 * * *",
}
