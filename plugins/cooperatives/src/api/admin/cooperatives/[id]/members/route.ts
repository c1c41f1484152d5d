import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCooperativeMemberWorkflow } from "../../../../../workflows/add-cooperative-member"
import type { AdminAddCooperativeMemberType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAddCooperativeMemberType>, res: MedusaResponse) => {
  const { result } = await addCooperativeMemberWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, ...req.validatedBody, granted_by: req.auth_context.actor_id },
  })
  res.status(201).json({ role_assignment: result })
}
