import { z } from "@medusajs/framework/zod"

/** The assignment form's search: a name, an e-mail or a codice fiscale, at least two characters. */
export const AdminSearchVoucherCitizens = z
  .object({
    q: z.string().trim().min(2).max(100),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict()
export type AdminSearchVoucherCitizensType = z.infer<typeof AdminSearchVoucherCitizens>
