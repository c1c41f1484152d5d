import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { citizensById } from "../../utils/admin-names"
import type { AdminSearchVoucherCitizensType } from "./validators"

const CODICE_FISCALE = /^[A-Z0-9]{6,16}$/

/**
 * Citizens to assign a voucher to, found by name or e-mail (the customer module's search)
 * or by codice fiscale (the citizen profile linked to the customer, read through Query).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminSearchVoucherCitizensType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit } = req.validatedQuery as AdminSearchVoucherCitizensType
  const upper = q.toUpperCase().replace(/\s/g, "")
  const [{ data: byText }, { data: byCf }] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id"], filters: { q }, pagination: { take: limit, skip: 0 } }),
    CODICE_FISCALE.test(upper)
      ? query.graph({
          entity: "citizen_profile",
          fields: ["customer.id"],
          filters: { codice_fiscale: { $like: `${upper}%` } },
          pagination: { take: limit, skip: 0 },
        })
      : { data: [] },
  ])
  const ids = [
    ...byCf.map((p: { customer?: { id: string } | null }) => p.customer?.id),
    ...byText.map((c: { id: string }) => c.id),
  ]
  const citizens = await citizensById(query, ids)
  res.json({ citizens: [...citizens.values()].slice(0, limit) })
}
