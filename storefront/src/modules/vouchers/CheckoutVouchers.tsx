import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { spendProblem } from "@/lib/data/voucher-eligibility"
import { formatDate, formatPrice } from "@/lib/format"
import type { CartSplit, WalletVoucher } from "@/lib/types"
import { VoucherForm } from "./VoucherForm"

type Props = { vouchers: WalletVoucher[]; split: CartSplit | null; eligible: Record<string, string[]>; currency: string }

/**
 * The payment step's "Voucher comunale", shown before the card: each voucher with the cart
 * lines it may pay and its Applica/Rimuovi action, then the split between vouchers and card.
 * "Applica" appears only when a line is eligible; a voucher suspended or expired since it was
 * applied says so at once; a citizen without vouchers learns how one gets one.
 */
export function CheckoutVouchers({ vouchers, split, eligible, currency }: Props) {
  const t = useTranslations("vouchers")
  const locale = useLocale()
  const now = new Date()
  const money = (amount: number) => formatPrice(amount, currency, locale)
  const applied = new Map((split?.vouchers ?? []).map((v) => [v.voucher_id, v]))
  return (
    <section aria-labelledby="checkout-vouchers" className="mb-4">
      <h2 id="checkout-vouchers" className="h4">{t("checkoutHeading")}</h2>
      {vouchers.length === 0 ? (
        <p>
          {t("noneHowTo")} <Link href="/contatti">{t("noneHowToLink")}</Link>
        </p>
      ) : (
        <p>{t("checkoutIntro")}</p>
      )}
      <ul className="list-unstyled">
        {vouchers.map((voucher) => {
          const share = applied.get(voucher.id)
          const problem = spendProblem(voucher, now)
          const lines = eligible[voucher.id] ?? []
          return (
            <li key={voucher.id} className="border rounded p-3 mb-3" data-testid="checkout-voucher">
              <div className="d-flex flex-wrap justify-content-between gap-3">
                <div className="flex-grow-1 text-break">
                  <h3 className="h5 mb-1">{voucher.scheme.name}</h3>
                  <p className="mb-0">
                    {t("balanceOf", { amount: money(voucher.balance), granted: money(voucher.amount_granted) })} ·{" "}
                    {t("expiresOn", { date: formatDate(voucher.valid_until, locale) })}
                  </p>
                  {share && !problem ? <p className="badge bg-success mt-2 mb-0">{t("applied")}</p> : null}
                  {problem ? (
                    <p className="text-danger mb-0 mt-1" role={share ? "alert" : undefined}>
                      {share ? t("noLongerUsable", { reason: t(`statusHint.${problem}`) }) : t(`statusHint.${problem}`)}
                    </p>
                  ) : null}
                  {!share && !problem ? (
                    <p className="mb-0 mt-1">{lines.length > 0 ? t("canPay", { titles: lines.join(", ") }) : t("nothingEligible")}</p>
                  ) : null}
                </div>
                {share || (!problem && lines.length > 0) ? (
                  <VoucherForm key={share ? "remove" : "apply"} voucherId={voucher.id} name={voucher.scheme.name} applied={Boolean(share)} />
                ) : null}
              </div>
              {share && !problem ? (
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
      {split && split.vouchers.length > 0 ? (
        <p className="alert alert-info mb-0" role="status" aria-label={t("splitHeading")}>
          {t("split", { voucher: money(split.voucher_total), card: money(Math.max(0, split.card_total)) })}
        </p>
      ) : null}
    </section>
  )
}
