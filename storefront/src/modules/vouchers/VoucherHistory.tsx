import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderRef } from "@/lib/data/orders"
import { formatDate, formatPrice } from "@/lib/format"
import type { WalletVoucher } from "@/lib/types"

type Entry = WalletVoucher["entries"][number]

/**
 * What the citizen needs to read: entries that moved the balance, without the pairs of a hold
 * and its release for a completion that did not happen (a card still waiting for the bank,
 * a declined card): together they moved nothing.
 */
function visibleEntries(entries: Entry[]): Entry[] {
  const hidden = new Set<string>()
  for (const release of entries.filter((e) => e.kind === "release")) {
    const hold = entries.find(
      (e) => e.kind === "hold" && !hidden.has(e.id) && e.reference === release.reference && e.amount === -release.amount
    )
    if (hold) {
      hidden.add(hold.id)
      hidden.add(release.id)
    }
  }
  return entries.filter((entry) => entry.amount !== 0 && !hidden.has(entry.id))
}

/**
 * A voucher's ledger, newest first, as a list that reads on a phone as well as on a desktop.
 * The amount is how the entry moved the balance: an order takes it when it is placed ("hold");
 * its confirmation ("capture") moves nothing and is not listed, nor are holds given back. Each movement of an order
 * names the order (the ledger refers to the cart it came from) and links to it.
 */
export function VoucherHistory({ voucher, orders }: { voucher: WalletVoucher; orders: Record<string, OrderRef> }) {
  const t = useTranslations("vouchers")
  const locale = useLocale()
  const money = (amount: number) => (amount > 0 ? "+" : "−") + formatPrice(Math.abs(amount), voucher.currency_code, locale)
  const entries = visibleEntries(voucher.entries)
  const orderOf = (entry: Entry) => (entry.reference ? orders[entry.reference] : undefined)
  return (
    <>
      <h3 className="h5" id={`history-${voucher.id}`}>{t("history")}</h3>
      {entries.length === 0 ? (
        <p>{t("noHistory")}</p>
      ) : (
        <ol className="list-unstyled mb-0" aria-labelledby={`history-${voucher.id}`}>
          {entries.map((entry) => {
            const order = orderOf(entry)
            return (
              <li key={entry.id} className="border-top py-2 d-flex flex-wrap justify-content-between gap-2" data-testid="voucher-entry">
                <div className="text-break">
                  <span className="d-block fw-semibold">{t(`kinds.${entry.kind}`)}</span>
                  <span className="d-block small text-secondary">{formatDate(entry.created_at, locale)}</span>
                  {order ? (
                    <Link href={`/account/ordini/${order.id}`} className="d-block small">{t("orderRef", { number: order.display_id })}</Link>
                  ) : entry.kind === "hold" || entry.kind === "release" ? (
                    <span className="d-block small">{t("cartRef")}</span>
                  ) : null}
                  {entry.reason ? <span className="d-block small">{entry.reason}</span> : null}
                </div>
                <span className="fw-semibold text-nowrap">{money(entry.amount)}</span>
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
