import { MedusaError } from "@medusajs/framework/utils"
import type { CoverScheme } from "../../lib/eligibility"
import { refuse } from "../../lib/errors"
import type { Locale } from "../../lib/messages"
import { MUNICIPAL_VOUCHER_MODULE } from "../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../modules/municipal-voucher/service"
import type { MedusaContainer } from "@medusajs/framework/types"
import { spendingProblem } from "../../lib/voucher-rules"
import { fetchVoucherCart, VoucherCart } from "./voucher-cart"

export type SpendableVoucher = {
  id: string
  customer_id: string
  balance: number
  status: string
  valid_until: Date
  scheme: CoverScheme & { id: string; name: string }
}


/** The voucher with its scheme, refused unless it is this customer's and can be spent now. */
export async function loadSpendableVoucher(
  container: MedusaContainer,
  voucherId: string,
  customerId: string | null,
  locale?: Locale,
  cartCurrency?: string | null
): Promise<SpendableVoucher> {
  const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
  const [voucher] = await service.listVouchers({ id: voucherId }, { relations: ["scheme"] })
  if (!voucher) {
    refuse(MedusaError.Types.NOT_FOUND, "voucher_not_found", locale)
  }
  if (!customerId || voucher.customer_id !== customerId) {
    refuse(MedusaError.Types.NOT_ALLOWED, "voucher_not_yours", locale)
  }
  const problem = spendingProblem(voucher, new Date(), cartCurrency)
  if (problem) {
    refuse(MedusaError.Types.NOT_ALLOWED, problem, locale)
  }
  return {
    id: voucher.id,
    customer_id: voucher.customer_id,
    balance: Number(voucher.balance),
    status: voucher.status,
    valid_until: voucher.valid_until,
    scheme: {
      id: voucher.scheme.id,
      name: voucher.scheme.name,
      care_areas: voucher.scheme.care_areas,
      cooperative_handles: voucher.scheme.cooperative_handles,
      product_ids: voucher.scheme.product_ids,
    },
  }
}

/** The citizen's own cart, still open: anything else is refused before a voucher goes near it. */
export async function loadOwnOpenCart(
  container: MedusaContainer,
  cartId: string,
  customerId: string,
  locale?: Locale
): Promise<VoucherCart> {
  const cart = await fetchVoucherCart(container, cartId)
  if (!cart) {
    refuse(MedusaError.Types.NOT_FOUND, "cart_not_found", locale)
  }
  if (cart.customer_id !== customerId) {
    refuse(MedusaError.Types.NOT_ALLOWED, "cart_not_yours", locale)
  }
  if (cart.completed_at) {
    refuse(MedusaError.Types.NOT_ALLOWED, "cart_completed", locale)
  }
  return cart
}
