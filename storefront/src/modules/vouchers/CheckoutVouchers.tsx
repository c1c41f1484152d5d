import { useLocale, useTranslations } from "next-intl"
import { formatDate, formatPrice } from "@/lib/format"
import type { CartSplit, WalletVoucher } from "@/lib/types"
import { VoucherForm } from "./VoucherForm"

type Props = { vouchers: WalletVoucher[]; split: CartSplit | null; currency: string }

/**
 * The payment step's "Voucher comunale": each voucher with its Applica/Rimuovi action
 * and, once applied, the cart lines it pays; then the split between vouchers and card.
 */
export function CheckoutVouchers({ vouchers, split, currency }: Props) {
  const t = useTranslations("vouchers")
  const locale = useLocale()
  const money = (amount: number) => formatPrice(amount, currency, locale)
  const applied = new Map((split?.vouchers ?? []).map((v) => [v.voucher_id, v]))
  return (
    <section aria-labelledby="checkout-vouchers" className="mb-4">
      <h2 id="checkout-vouchers" className="h4">{t("checkoutHeading")}</h2>
      <p>{t("checkoutIntro")}</p>
      <ul className="list-unstyled">
        {vouchers.map((voucher) => {
          const share = applied.get(voucher.id)
          const usable = voucher.status === "active" || Boolean(share)
          return (
            <li key={voucher.id} className="border rounded p-3 mb-3" data-testid="checkout-voucher">
              <div className="d-flex flex-wrap justify-content-between gap-3">
                <div>
                  <h3 className="h5 mb-1">{voucher.scheme.name}</h3>
                  <p className="mb-0">
                    {t("balanceOf", { amount: money(voucher.balance), granted: money(voucher.amount_granted) })} ·{" "}
                    {t("expiresOn", { date: formatDate(voucher.valid_until, locale) })}
                  </p>
                  {share ? <p className="badge bg-success mt-2 mb-0">{t("applied")}</p> : null}
                  {!usable ? <p className="text-danger mb-0 mt-1">{t(`statusHint.${voucher.status}`)}</p> : null}
                </div>
                {usable ? <VoucherForm key={share ? "remove" : "apply"} voucherId={voucher.id} name={voucher.scheme.name} applied={Boolean(share)} /> : null}
              </div>
              {share ? (
                <>
                  <p className="mt-3 mb-1">{t("pays")}</p>
                  <ul className="mb-0">
                    {share.lines.filter((line) => line.voucher_amount > 0).map((line) => (
                      <li key={line.item_id}>{t("paysLine", { title: line.title, amount: money(line.voucher_amount) })}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
      {split ? (
        <p className="alert alert-info mb-0" role="status" aria-label={t("splitHeading")}>
          {t("split", { voucher: money(split.voucher_total), card: money(split.card_total) })}
        </p>
      ) : null}
    </section>
  )
}
