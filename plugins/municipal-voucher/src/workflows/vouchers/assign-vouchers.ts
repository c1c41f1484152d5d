import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VOUCHER_EVENTS } from "../../types"
import type { Locale } from "../../lib/messages"
import { checkVoucherAssignmentsStep, VoucherAssignmentInput } from "./steps/check-voucher-assignments"
import { grantVouchersStep } from "./steps/grant-vouchers"

export type AssignVouchersWorkflowInput = {
  scheme_id: string
  rows: VoucherAssignmentInput[]
  actor_id?: string | null
  reason?: string | null
  idempotency_key: string
  locale?: Locale
}

export const assignVouchersWorkflowId = "assign-vouchers"

/**
 * Assigns vouchers under a scheme to one citizen or many (a CSV import): every row is
 * checked, and either all are granted, each with its grant entry, or none is.
 */
export const assignVouchersWorkflow = createWorkflow(
  assignVouchersWorkflowId,
  (input: AssignVouchersWorkflowInput) => {
    const assignments = checkVoucherAssignmentsStep(
      transform({ input }, ({ input }) => ({ scheme_id: input.scheme_id, rows: input.rows, locale: input.locale }))
    )
    const voucherIds = grantVouchersStep(
      transform({ input, assignments }, ({ input, assignments }) => ({
        scheme_id: input.scheme_id,
        assignments,
        actor_id: input.actor_id,
        reason: input.reason,
        idempotency_key: input.idempotency_key,
        locale: input.locale,
      }))
    )
    // Emitted once the workflow succeeds (e-mail to the citizen, for instance).
    emitEventStep({
      eventName: VOUCHER_EVENTS.ASSIGNED,
      data: transform({ voucherIds }, ({ voucherIds }) => voucherIds.map((id: string) => ({ id }))),
    })
    const vouchersAssigned = createHook("vouchersAssigned", { voucher_ids: voucherIds })
    return new WorkflowResponse(voucherIds, { hooks: [vouchersAssigned] })
  }
)
