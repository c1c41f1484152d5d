import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../modules/municipal-voucher/service"
import type { HeldVoucher } from "./hold-cart-vouchers"

export type CaptureCartVouchersStepInput = { cart_id: string; order_id: string; held: HeldVoucher[] }

export const captureCartVouchersStepId = "capture-cart-vouchers"

type Line = { id: string; variant_id: string | null }

/**
 * Commits the holds once the order exists, recording the order and each order line's
 * voucher share so a refund of a line knows what paid for it. Keyed by cart and voucher,
 * so a retry captures nothing twice.
 */
export const captureCartVouchersStep = createStep(
  captureCartVouchersStepId,
  async (input: CaptureCartVouchersStepInput, { container }) => {
    if (!input.held.length) {
      return new StepResponse([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const [{ data: carts }, { data: orders }] = await Promise.all([
      query.graph({ entity: "cart", fields: ["items.id", "items.variant_id"], filters: { id: input.cart_id } }),
      query.graph({ entity: "order", fields: ["items.id", "items.variant_id"], filters: { id: input.order_id } }),
    ])
    const cartItems = ((carts[0]?.items ?? []) as Line[]).filter(Boolean)
    const orderItems = ((orders[0]?.items ?? []) as Line[]).filter(Boolean)
    const orderItemOf = (cartItemId: string) => {
      const variant = cartItems.find((i) => i.id === cartItemId)?.variant_id
      return orderItems.find((i) => i.variant_id === variant)?.id ?? cartItemId
    }

    const captured = []
    for (const hold of input.held) {
      const [holdEntry] = await service.listVoucherLedgerEntries({ idempotency_key: hold.idempotency_key })
      const allocations = (holdEntry?.metadata?.allocations ?? {}) as Record<string, number>
      const result = await service.captureValue({
        voucher_id: hold.voucher_id,
        reference: input.cart_id,
        amount: hold.amount,
        idempotency_key: `capture:${input.cart_id}:${hold.voucher_id}`,
        metadata: {
          order_id: input.order_id,
          allocations: Object.fromEntries(
            Object.entries(allocations).map(([itemId, amount]) => [orderItemOf(itemId), amount])
          ),
        },
      })
      captured.push(result?.entry.id)
    }
    return new StepResponse(captured)
  }
)
