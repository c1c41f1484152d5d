import { z } from "@medusajs/framework/zod"
import { parseOperatorDate } from "../../../lib/dates"
import { MAX_AMOUNT } from "../../../lib/money"

/** A date field as operators type it (see parseOperatorDate), refused when it is not a date. */
const operatorDate = (edge: "start" | "end") =>
  z.union([z.string(), z.date()]).transform((value, ctx) => {
    const date = parseOperatorDate(value, edge)
    if (!date) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Not a date" })
      return z.NEVER
    }
    return date
  })
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const schemeFields = {
  name: z.string().min(1).max(200),
  description: z.string().max(2000).nullish(),
  comuni: z.array(z.string().regex(/^\d{6}$/, "ISTAT code: 6 digits")).min(1),
  funding_source: z.string().min(1).max(200),
  // A bare day is that whole day in Italy: a scheme starts at its first instant and ends at its last.
  starts_at: operatorDate("start"),
  ends_at: operatorDate("end"),
  care_areas: z.array(z.string().min(1).max(100)).min(1),
  cooperative_handles: z.array(z.string().min(1).max(100)).nullish(),
  product_ids: z.array(z.string().min(1).max(64)).nullish(),
  max_per_citizen: z.number().positive().nullish(),
}

export const AdminGetVoucherSchemesParams = createFindParams({ limit: 50, offset: 0 })
  .extend({ status: z.enum(["active", "closed"]).optional() })
  .strict()
export type AdminGetVoucherSchemesParamsType = z.infer<typeof AdminGetVoucherSchemesParams>

export const AdminCreateVoucherScheme = z.object(schemeFields).strict()
export type AdminCreateVoucherSchemeType = z.infer<typeof AdminCreateVoucherScheme>

export const AdminUpdateVoucherScheme = z.object(schemeFields).partial().strict()
export type AdminUpdateVoucherSchemeType = z.infer<typeof AdminUpdateVoucherScheme>

export const AdminAssignVoucher = z
  .object({
    customer_id: z.string().min(1).max(64),
    amount: z.number().max(MAX_AMOUNT),
    valid_until: operatorDate("end").optional(),
    reason: z.string().max(500).optional(),
    /** One per form submission, from the client: the same key on a retry moves nothing twice. */
    idempotency_key: z.string().min(8).max(128),
  })
  .strict()
export type AdminAssignVoucherType = z.infer<typeof AdminAssignVoucher>

export const AdminImportVouchers = z
  .object({
    /** Header row with `email` or `customer_id`, `amount`, optionally `valid_until` (YYYY-MM-DD). */
    csv: z.string().min(1).max(3_000_000),
    reason: z.string().max(500).optional(),
    /** Check every row and answer the report without writing anything (the admin's preview). */
    dry_run: z.boolean().optional(),
    /** One per form submission, from the client: the same key on a retry moves nothing twice. */
    idempotency_key: z.string().min(8).max(128),
  })
  .strict()
export type AdminImportVouchersType = z.infer<typeof AdminImportVouchers>
