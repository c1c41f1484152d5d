import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assignmentProblems } from "../../../lib/assignment-rules"
import { parseOperatorDate } from "../../../lib/dates"
import { Locale, message, VoucherMessageCode } from "../../../lib/messages"
import { isValidAmount, toCents } from "../../../lib/money"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

export type VoucherAssignmentInput = {
  /** 1-based row of the CSV, or 1 for a single assignment. */
  row: number
  customer_id?: string
  email?: string
  amount: unknown
  valid_until?: string | Date | null
}

export type CheckedAssignment = {
  row: number
  customer_id: string | null
  email: string | null
  amount: number | null
  valid_until: string | null
  issues: { code: VoucherMessageCode; message: string }[]
}

export type CheckVoucherAssignmentsStepInput = {
  scheme_id: string
  rows: VoucherAssignmentInput[]
  locale?: Locale
}

export const checkVoucherAssignmentsStepId = "check-voucher-assignments"

type Customer = { id: string; email: string; citizen_profile?: { comune?: { istat_code: string } | null } | null }

/**
 * Checks every assignment row and reports each one's problems: unknown citizen, bad
 * amount or date, not resident in a funding comune, over the per-citizen maximum.
 */
export const checkVoucherAssignmentsStep = createStep(
  checkVoucherAssignmentsStepId,
  async (input: CheckVoucherAssignmentsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const issue = (code: VoucherMessageCode) => ({ code, message: message(code, input.locale) })

    const [scheme] = await service.listVoucherSchemes({ id: input.scheme_id })
    if (!scheme) {
      return new StepResponse(
        input.rows.map((r) => ({ row: r.row, customer_id: null, email: null, amount: null, valid_until: null, issues: [issue("scheme_not_found")] }))
      )
    }

    const ids = input.rows.map((r) => r.customer_id).filter((v): v is string => !!v)
    const emails = input.rows.map((r) => r.email?.trim().toLowerCase()).filter((v): v is string => !!v)
    const fields = ["id", "email", "citizen_profile.comune.istat_code"]
    const [{ data: byId }, { data: byEmail }] = await Promise.all([
      ids.length ? query.graph({ entity: "customer", fields, filters: { id: ids } }) : { data: [] },
      emails.length ? query.graph({ entity: "customer", fields, filters: { email: emails } }) : { data: [] },
    ])
    const customers = [...(byId as Customer[]), ...(byEmail as Customer[])]

    const customerIds = customers.map((c) => c.id)
    const existing = customerIds.length
      ? await service.listVouchers({ scheme_id: scheme.id, customer_id: customerIds })
      : []
    const grantedCents = new Map<string, number>()
    for (const voucher of existing) {
      grantedCents.set(voucher.customer_id, (grantedCents.get(voucher.customer_id) ?? 0) + toCents(Number(voucher.amount_granted)))
    }

    const report: CheckedAssignment[] = input.rows.map((row) => {
      const issues: CheckedAssignment["issues"] = []
      const email = row.email?.trim().toLowerCase()
      const customer = customers.find((c) => (row.customer_id ? c.id === row.customer_id : c.email === email))
      if (!customer) {
        issues.push(issue("customer_not_found"))
      } else if (!scheme.comuni.includes(customer.citizen_profile?.comune?.istat_code ?? "")) {
        issues.push(issue("citizen_not_resident"))
      }
      const amount = isValidAmount(row.amount) ? row.amount : null
      if (amount === null) {
        issues.push(issue("amount_invalid"))
      }
      // A CSV's "2026-12-31" means the end of that day in Italy, not midnight UTC.
      const validUntil = row.valid_until
        ? (parseOperatorDate(row.valid_until, "end") ?? new Date(NaN))
        : new Date(scheme.ends_at)
      // Earlier rows of the same file count towards the citizen's maximum.
      const granted = customer ? (grantedCents.get(customer.id) ?? 0) : 0
      const problems = assignmentProblems({
        scheme: { ...scheme, max_per_citizen: scheme.max_per_citizen === null ? null : Number(scheme.max_per_citizen) },
        amount_cents: amount === null ? 0 : toCents(amount),
        granted_cents: granted,
        valid_until: validUntil,
      }).filter((code) => code !== "max_per_citizen_exceeded" || (customer && amount !== null))
      issues.unshift(...problems.filter((code) => code === "scheme_closed").map(issue))
      issues.push(...problems.filter((code) => code !== "scheme_closed").map(issue))
      if (customer && amount !== null) {
        grantedCents.set(customer.id, granted + toCents(amount))
      }
      return {
        row: row.row,
        customer_id: customer?.id ?? null,
        email: customer?.email ?? email ?? null,
        amount,
        valid_until: Number.isNaN(validUntil.getTime()) ? null : validUntil.toISOString(),
        issues,
      }
    })
    return new StepResponse(report)
  }
)
