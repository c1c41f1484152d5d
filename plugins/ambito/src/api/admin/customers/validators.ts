import { z } from "@medusajs/framework/zod"

export const AdminUpsertCitizenProfile = z
  .object({
    codice_fiscale: z.string().max(32),
    comune_id: z.string().max(64),
    household_size: z.number(),
  })
  .partial()
  .strict()
export type AdminUpsertCitizenProfileType = z.infer<typeof AdminUpsertCitizenProfile>
