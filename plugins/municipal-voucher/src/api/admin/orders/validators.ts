import { z } from "@medusajs/framework/zod"

export const AdminRefundOrderLine = z
  .object({
    item_id: z.string().min(1).max(64),
    amount: z.number().positive(),
    reason: z.string().max(500).optional(),
    /** The same key on a retry refunds nothing twice. */
    idempotency_key: z.string().min(8).max(128),
  })
  .strict()
export type AdminRefundOrderLineType = z.infer<typeof AdminRefundOrderLine>
