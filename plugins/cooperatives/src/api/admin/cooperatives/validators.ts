import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ALL_ACCREDITATION_STATUSES } from "../../../lib/cooperative-rules"

const istat = z.string().regex(/^\d{6}$/, "ISTAT code: 6 digits")

export const AdminCreateCooperative = z
  .object({
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100),
    name: z.string().min(1).max(200),
    legal_name: z.string().min(1).max(300),
    partita_iva: z.string().min(1).max(20),
    codice_fiscale: z.string().min(1).max(20),
    iban: z.string().max(40).nullish(),
    address: z.string().min(1).max(300),
    comune: istat,
    consortium: z.string().max(200).nullish(),
    care_areas: z.array(z.string().min(1).max(100)).min(1),
    comuni_served: z.array(istat).min(1),
    description: z.string().max(5000).nullish(),
    logo_url: z.string().url().nullish(),
    email: z.string().email(),
    phone: z.string().max(40).nullish(),
    website: z.string().url().nullish(),
  })
  .strict()
export type AdminCreateCooperativeType = z.infer<typeof AdminCreateCooperative>

export const AdminGetCooperativesParams = createFindParams({ limit: 50, offset: 0 })
  .extend({ status: z.enum(ALL_ACCREDITATION_STATUSES as [string, ...string[]]).optional() })
  .strict()
export type AdminGetCooperativesParamsType = z.infer<typeof AdminGetCooperativesParams>

export const AdminChangeAccreditation = z
  .object({
    status: z.enum(["accredited", "suspended", "revoked"]),
    reason: z.string().max(2000).nullish(),
  })
  .strict()
export type AdminChangeAccreditationType = z.infer<typeof AdminChangeAccreditation>

export const AdminAddCooperativeMember = z
  .object({
    user_id: z.string().min(1),
    role: z.enum(["cooperative_owner", "cooperative_staff"]),
  })
  .strict()
export type AdminAddCooperativeMemberType = z.infer<typeof AdminAddCooperativeMember>

export const AdminLinkCooperativeProducts = z.object({ product_ids: z.array(z.string().min(1)).min(1) }).strict()
export type AdminLinkCooperativeProductsType = z.infer<typeof AdminLinkCooperativeProducts>
