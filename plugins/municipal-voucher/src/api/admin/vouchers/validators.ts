import { z } from "@medusajs/framework/zod"
import { MAX_AMOUNT } from "../../../lib/money"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetVouchersParams = createFindParams({ limit: 50, offset: 0 })
  .extend({
    customer_id: z.string().optional(),
    scheme_id: z.string().optional(),
    status: z.enum(["active", "suspended", "expired", "exhausted"]).optional(),
  })
  .strict()
export type AdminGetVouchersParamsType = z.infer<typeof AdminGetVouchersParams>

export const AdminAdjustVoucher = z
  .object({
    /** Signed: positive adds value, negative removes it. */
    amount: z
      .number()
      .refine((n) => n !== 0, "The amount of an adjustment cannot be zero")
      .refine((n) => Math.abs(n) <= MAX_AMOUNT, `At most ${MAX_AMOUNT} per adjustment`),
    reason: z.string().trim().min(3).max(500),
    /** One per form submission, from the client: the same key on a retry moves nothing twice. */
    idempotency_key: z.string().min(8).max(128),
  })
  .strict()
export type AdminAdjustVoucherType = z.infer<typeof AdminAdjustVoucher>
