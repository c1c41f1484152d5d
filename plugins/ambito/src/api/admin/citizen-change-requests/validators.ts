import { z } from "@medusajs/framework/zod"

export const AdminListChangeRequests = z
  .object({
    status: z.enum(["pending", "approved", "rejected"]).default("pending"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListChangeRequestsType = z.infer<typeof AdminListChangeRequests>

export const AdminDecideChangeRequest = z.object({ reason: z.string().max(1000).nullish() }).strict()
export type AdminDecideChangeRequestType = z.infer<typeof AdminDecideChangeRequest>
