import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pendingRequestOf, profileOf, requestChange } from "../../../utils/citizen-requests"

/**
 * The logged-in citizen's own profile (the customer id comes from the session only), with
 * the change request waiting for verification, if any.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const profile = await profileOf(req, req.auth_context.actor_id)
  res.json({ citizen_profile: profile, pending_change_request: await pendingRequestOf(req, profile?.id) })
}

export const POST = requestChange
