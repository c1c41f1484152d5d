import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VOUCHER_EVENTS } from "../../types"
import { expireDueVouchersStep } from "./steps/expire-due-vouchers"
import { sendExpiryRemindersStep } from "./steps/send-expiry-reminders"

export type ProcessVoucherExpiryWorkflowInput = { now?: Date }

export const processVoucherExpiryWorkflowId = "process-voucher-expiry"

/** The daily expiry run: vouchers past their date expire, citizens are reminded 30 and 7 days before. */
export const processVoucherExpiryWorkflow = createWorkflow(
  processVoucherExpiryWorkflowId,
  (input: ProcessVoucherExpiryWorkflowInput) => {
    const now = transform({ input }, ({ input }) => ({ now: input.now ?? new Date() }))
    const expired = expireDueVouchersStep(now)
    const reminded = sendExpiryRemindersStep(now)
    emitEventStep({ eventName: VOUCHER_EVENTS.EXPIRING, data: reminded })
    return new WorkflowResponse({ expired, reminded })
  }
)
