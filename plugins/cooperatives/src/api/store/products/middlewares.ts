import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findUnsoldServices } from "../../../lib/selling"

/** GET /store/products: services of cooperatives that are not accredited are not listed. */
async function hideUnsoldFromList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = (await findUnsoldServices(req.scope)).map((u) => u.product_id)
  if (hidden.length) {
    const requested = req.filterableFields.id
    req.filterableFields.id = requested
      ? ([] as string[]).concat(requested as string | string[]).filter((id) => !hidden.includes(id))
      : { $nin: hidden }
  }
  next()
}

/** GET /store/products/:id: such a service does not exist for the store. */
async function hideUnsoldProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((await findUnsoldServices(req.scope, [req.params.id])).length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  next()
}

export const storeProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", methods: ["GET"], middlewares: [hideUnsoldFromList] },
  { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hideUnsoldProduct] },
]
