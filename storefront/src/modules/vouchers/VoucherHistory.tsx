import { useLocale, useTranslations } from "next-intl"
import { formatDate, formatPrice } from "@/lib/format"
import type { WalletVoucher } from "@/lib/types"

/**
 * A voucher's ledger, newest first. The amount is how the entry moved the balance:
 * an order takes it when it is placed ("hold"); its confirmation ("capture") moves nothing.
 */
export function VoucherHistory({ voucher }: { voucher: WalletVoucher }) {
  const t = useTranslations("vouchers")
  const locale = useLocale()
  const money = (amount: number) => (amount > 0 ? "+" : amount < 0 ? "−" : "") + formatPrice(Math.abs(amount), voucher.currency_code, locale)
  return (
    <>
      <h3 className="h5">{t("history")}</h3>
      {voucher.entries.length === 0 ? (
        <p>{t("noHistory")}</p>
      ) : (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t("historyCaption", { name: voucher.scheme.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col" className="text-end">{t("amount")}</th>
                <th scope="col">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {voucher.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(entry.created_at, locale)}</td>
                  <td>{t(`kinds.${entry.kind}`)}</td>
                  <td className="text-end">{entry.amount === 0 ? "—" : money(entry.amount)}</td>
                  <td>{entry.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
