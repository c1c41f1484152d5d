import { z } from "@medusajs/framework/zod"

const profileFields = {
  codice_fiscale: z.string().max(32),
  comune_id: z.string().max(64),
  household_size: z.number(),
}

export const StoreCheckCitizenProfile = z.object(profileFields).partial().strict()
export type StoreCheckCitizenProfileType = z.infer<typeof StoreCheckCitizenProfile>

export const StoreRegisterCitizen = z
  .object({
    email: z.string().email(),
    first_name: z.string().min(1).max(100),
    last_name: z.string().min(1).max(100),
    phone: z.string().max(32).nullish(),
    ...profileFields,
  })
  .strict()
export type StoreRegisterCitizenType = z.infer<typeof StoreRegisterCitizen>

export const StoreUpdateCitizenProfile = z.object(profileFields).partial().strict()
export type StoreUpdateCitizenProfileType = z.infer<typeof StoreUpdateCitizenProfile>
