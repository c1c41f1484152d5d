import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../../lib/messages"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type { GrantInput } from "../../../modules/municipal-voucher/ledger"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"
import type { CheckedAssignment } from "./check-voucher-assignments"

export type GrantVouchersStepInput = {
  scheme_id: string
  assignments: CheckedAssignment[]
  actor_id?: string | null
  reason?: string | null
  /** Makes the whole batch idempotent: the same key never grants twice. */
  idempotency_key: string
  locale?: Locale
}

export const grantVouchersStepId = "grant-vouchers"

/** Grants every checked assignment in one transaction (all or nothing); undone by revoking the new vouchers. */
export const grantVouchersStep = createStep(
  grantVouchersStepId,
  async (input: GrantVouchersStepInput, { container }) => {
    const failing = input.assignments.find((a) => a.issues.length)
    if (failing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, failing.issues[0].message)
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const grants: GrantInput[] = input.assignments.map((a) => ({
      scheme_id: input.scheme_id,
      customer_id: a.customer_id!,
      amount: a.amount!,
      valid_until: a.valid_until ?? undefined,
      idempotency_key: `grant:${input.idempotency_key}:${a.row}`,
      actor_id: input.actor_id,
      reason: input.reason,
    }))
    const results = await service.grantVouchers(grants, input.locale)
    const created = results.filter((r) => !r.replayed).map((r) => r.voucher_id)
    return new StepResponse(results.map((r) => r.voucher_id), created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await service.revokeGrants(created)
  }
)
