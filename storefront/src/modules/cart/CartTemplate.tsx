import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Cart } from "@/lib/types"
import { SessionSync } from "../layout/SessionSync"
import { CartLines } from "./CartLines"
import { CartTotals } from "./CartTotals"

type Unusable = { name: string; problem: "suspended" | "expired" | "exhausted" }

export function CartTemplate({ cart, unusable = [] }: { cart: Cart | null; unusable?: Unusable[] }) {
  const t = useTranslations("cart")
  const tVouchers = useTranslations("vouchers")
  const empty = !cart?.items?.length
  return (
    <div className="container py-4">
      <SessionSync cartCount={cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0} />
      <h1 className="mb-4">{t("title")}</h1>
      {unusable.map((voucher) => (
        <div key={voucher.name} className="alert alert-warning" role="alert">
          <p className="mb-2">
            «{voucher.name}»: {tVouchers("noLongerUsable", { reason: tVouchers(`statusHint.${voucher.problem}`) })}
          </p>
          <Link href="/checkout?step=pagamento">{t("reviewPayment")}</Link>
        </div>
      ))}
      {empty || !cart ? (
        <>
          <p className="lead">{t("empty")}</p>
          <Link href="/" className="btn btn-primary">{t("browse")}</Link>
        </>
      ) : (
        <div className="row">
          <div className="col-12 col-lg-8">
            <CartLines cart={cart} />
          </div>
          <section className="col-12 col-lg-4" aria-labelledby="cart-summary">
            <div className="border rounded p-4 shadow-sm">
              <h2 id="cart-summary" className="h4">{t("summary")}</h2>
              <CartTotals cart={cart} />
              <Link href="/checkout" className="btn btn-primary w-100 mt-3">{t("checkout")}</Link>
              <Link href="/" className="btn btn-link w-100 mt-2">{t("continue")}</Link>
            </div>
          </section>
        </div>
      )}
    </div>
  )
}
