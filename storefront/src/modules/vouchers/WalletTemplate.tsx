import { useLocale, useTranslations } from "next-intl"
import { formatDate, formatPrice } from "@/lib/format"
import type { OrderRef } from "@/lib/data/orders"
import type { WalletVoucher } from "@/lib/types"
import { AccountNav } from "../account/AccountNav"
import { VoucherHistory } from "./VoucherHistory"

const STATUS_BADGE: Record<WalletVoucher["status"], string> = {
  active: "bg-success",
  suspended: "bg-warning text-dark",
  expired: "bg-danger",
  exhausted: "bg-secondary",
}

/** "Il mio portafoglio": each voucher with its balance, expiry, status, what it may pay for and its history. */
type Props = { vouchers: WalletVoucher[]; areaNames: Record<string, string>; orders: Record<string, OrderRef> }

export function WalletTemplate({ vouchers, areaNames, orders }: Props) {
  const t = useTranslations("vouchers")
  const locale = useLocale()
  return (
    <div className="container py-4">
      <h1>{t("walletTitle")}</h1>
      <AccountNav current="wallet" />
      <p className="lead">{t("walletIntro")}</p>
      {vouchers.length === 0 ? <p>{t("empty")}</p> : null}
      {vouchers.map((voucher) => {
        const money = (amount: number) => formatPrice(amount, voucher.currency_code, locale)
        return (
          <section key={voucher.id} className="border rounded p-4 shadow-sm mb-4" aria-labelledby={`voucher-${voucher.id}`}>
            <h2 id={`voucher-${voucher.id}`} className="h4">{voucher.scheme.name}</h2>
            {voucher.scheme.description ? <p>{voucher.scheme.description}</p> : null}
            <dl className="row text-break">
              <dt className="col-sm-4">{t("balance")}</dt>
              <dd className="col-sm-8 h5" data-testid="voucher-balance">{money(voucher.balance)}</dd>
              <dt className="col-sm-4">{t("granted")}</dt>
              <dd className="col-sm-8">{money(voucher.amount_granted)}</dd>
              <dt className="col-sm-4">{t("validUntil")}</dt>
              <dd className="col-sm-8">{formatDate(voucher.valid_until, locale)}</dd>
              <dt className="col-sm-4">{t("statusLabel")}</dt>
              <dd className="col-sm-8">
                <span className={`badge ${STATUS_BADGE[voucher.status]}`}>{t(`status.${voucher.status}`)}</span>
                {voucher.status !== "active" ? <span className="ms-2">{t(`statusHint.${voucher.status}`)}</span> : null}
              </dd>
              <dt className="col-sm-4">{t("careAreas")}</dt>
              <dd className="col-sm-8">{voucher.scheme.care_areas.map((handle) => areaNames[handle] ?? handle).join(", ")}</dd>
            </dl>
            <VoucherHistory voucher={voucher} orders={orders} />
          </section>
        )
      })}
    </div>
  )
}
