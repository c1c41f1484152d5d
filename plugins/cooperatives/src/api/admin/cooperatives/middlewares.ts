import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { requireRoles } from "@tradatewelfare/platform-access/lib/access"
import { allowRoutesForRoles, OPERATOR_ROLES } from "@tradatewelfare/platform-access/lib/access-policy"
import { COOPERATIVE_MEMBER_ROLES } from "@tradatewelfare/platform-access/lib/roles"
import { memberCooperativeId, narrowIdFilter } from "../../utils/member-scope"
import { listCooperativesQueryConfig, retrieveCooperativeQueryConfig } from "./query-config"
import {
  AdminAddCooperativeMember,
  AdminChangeAccreditation,
  AdminCreateCooperative,
  AdminGetCooperativesParams,
  AdminLinkCooperativeProducts,
} from "./validators"

// Members read their own cooperative's profile; everything else here is the Ufficio di Piano's.
allowRoutesForRoles(COOPERATIVE_MEMBER_ROLES, ["GET /admin/cooperatives", "GET /admin/cooperatives/:id"])

function scopeCooperativeList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId) {
    narrowIdFilter(req.filterableFields, [cooperativeId])
  }
  next()
}

function requireOwnCooperative(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cooperativeId = memberCooperativeId(req)
  if (cooperativeId && cooperativeId !== req.params.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${req.params.id} was not found`)
  }
  next()
}

const operatorsOnly = requireRoles(OPERATOR_ROLES)

export const adminCooperativeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/cooperatives",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetCooperativesParams, listCooperativesQueryConfig), scopeCooperativeList],
  },
  {
    matcher: "/admin/cooperatives",
    methods: ["POST"],
    middlewares: [operatorsOnly, validateAndTransformBody(AdminCreateCooperative)],
  },
  {
    matcher: "/admin/cooperatives/:id",
    methods: ["GET"],
    middlewares: [requireOwnCooperative, validateAndTransformQuery(createSelectParams(), retrieveCooperativeQueryConfig)],
  },
  {
    matcher: "/admin/cooperatives/:id/accreditation",
    methods: ["POST"],
    middlewares: [operatorsOnly, validateAndTransformBody(AdminChangeAccreditation)],
  },
  {
    matcher: "/admin/cooperatives/:id/members",
    methods: ["POST"],
    middlewares: [operatorsOnly, validateAndTransformBody(AdminAddCooperativeMember)],
  },
  {
    matcher: "/admin/cooperatives/:id/products",
    methods: ["POST"],
    middlewares: [operatorsOnly, validateAndTransformBody(AdminLinkCooperativeProducts)],
  },
]
