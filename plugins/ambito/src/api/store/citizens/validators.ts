import { z } from "@medusajs/framework/zod"
import { isValidBirthDate } from "../../../lib/citizen-rules"

const profileFields = {
  codice_fiscale: z.string().max(32),
  comune_id: z.string().max(64),
  household_size: z.number(),
}

const identityFields = {
  first_name: z.string().min(1).max(100),
  last_name: z.string().min(1).max(100),
  sex: z.enum(["F", "M"]),
  date_of_birth: z.string().refine((value) => isValidBirthDate(value), { message: "date_of_birth must be a past date, YYYY-MM-DD" }),
}

export const StoreCheckCitizenProfile = z.object({ ...profileFields, ...identityFields }).partial().strict()
export type StoreCheckCitizenProfileType = z.infer<typeof StoreCheckCitizenProfile>

export const StoreRegisterCitizen = z
  .object({
    email: z.string().email(),
    phone: z.string().max(32).nullish(),
    ...identityFields,
    ...profileFields,
  })
  .strict()
export type StoreRegisterCitizenType = z.infer<typeof StoreRegisterCitizen>

/**
 * What a citizen may ask to change. The identity fields are accepted only to be refused in
 * words (they are fixed at registration) rather than as an unknown key.
 */
export const StoreUpdateCitizenProfile = z
  .object({
    comune_id: profileFields.comune_id,
    household_size: profileFields.household_size,
    note: z.string().max(500).nullish(),
    codice_fiscale: z.unknown(),
    first_name: z.unknown(),
    last_name: z.unknown(),
    sex: z.unknown(),
    date_of_birth: z.unknown(),
  })
  .partial()
  .strict()
export type StoreUpdateCitizenProfileType = z.infer<typeof StoreUpdateCitizenProfile>
