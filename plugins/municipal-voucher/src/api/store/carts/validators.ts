import { z } from "@medusajs/framework/zod"

export const StoreApplyVoucher = z.object({ voucher_id: z.string().min(1).max(64) }).strict()
export type StoreApplyVoucherType = z.infer<typeof StoreApplyVoucher>
