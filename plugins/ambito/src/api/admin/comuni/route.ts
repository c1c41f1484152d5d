import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The comuni of the Ambito with their citizen counts, for the Ufficio di Piano. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: comuni } = await query.graph({
    entity: "comune",
    fields: ["id", "istat_code", "name", "province", "cadastral_code", "population"],
    pagination: { order: { name: "ASC" } },
  })
  res.json({ comuni })
}
