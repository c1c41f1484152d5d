import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { LedgerTable } from "../components/ledger-table"
import { LineRefundForm } from "../components/line-refund-form"
import { useApi } from "../lib/api"
import { useFormat } from "../lib/format"
import type { Named } from "../lib/types"

const VOUCHER_PROVIDER_PREFIX = "pp_municipal-voucher_"

type VoucherPayments = {
  voucher_credit_lines: { id: string; reference_id: string; amount: number }[]
  payments?: { payments?: { id: string; provider_id: string; amount: number; captured_at?: string | null }[] }[] | null
  entries: {
    id: string
    kind: string
    amount: number
    reason?: string | null
    created_at: string
    actor?: Named | null
    /** captures: the amount and each order line's share; refunds: the order line they went back for */
    metadata?: { captured?: number; allocations?: Record<string, number>; order_item_id?: string }
    voucher: { id: string; scheme?: { name: string } }
  }[]
}

/** How the order was paid by voucher, every voucher movement of its checkout and refunds, and line refunds. */
const OrderVoucherPaymentsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const api = useApi()
  const { euro } = useFormat()
  const { data, isLoading } = useQuery({
    queryKey: ["order-voucher-payments", order.id],
    queryFn: () => api<VoucherPayments>(`/admin/orders/${order.id}/voucher-payments`),
  })
  if (isLoading || !data || (!data.voucher_credit_lines.length && !data.entries.length)) {
    return null
  }
  const cardPayments = (data.payments ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => !payment.provider_id.startsWith(VOUCHER_PROVIDER_PREFIX))
  // Net of refunds: what the vouchers paid for this order (the credit lines until the capture is written).
  const creditLines = data.voucher_credit_lines.reduce((sum, line) => sum + Number(line.amount), 0)
  const captured = data.entries.some((entry) => entry.kind === "capture")
  const paidByVoucher = !captured ? creditLines : data.entries.reduce((sum, entry) => {
    if (entry.kind === "capture") return sum + Number(entry.metadata?.captured ?? 0)
    if (entry.kind === "refund") return sum - Number(entry.amount)
    if (entry.kind === "reversal") return sum + Number(entry.amount) * -1
    return sum
  }, 0)
  const paidByCard = cardPayments.reduce((sum, payment) => sum + Number(payment.amount), 0)
  const voucherShare = (itemId: string) =>
    data.entries.reduce((sum, entry) => {
      if (entry.kind === "capture") return sum + Number(entry.metadata?.allocations?.[itemId] ?? 0)
      if (entry.kind === "refund" && entry.metadata?.order_item_id === itemId) return sum - Number(entry.amount)
      return sum
    }, 0)
  const rows = data.entries.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    amount: entry.kind === "capture" ? -(entry.metadata?.captured ?? 0) : Number(entry.amount),
    created_at: entry.created_at,
    reason: entry.reason,
    actor: entry.actor ?? null,
    scheme: entry.voucher.scheme?.name ?? null,
  }))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("municipalVoucher.order.title")}</Heading>
        <Text size="small" weight="plus">{euro(paidByVoucher)}</Text>
      </div>
      <dl className="grid grid-cols-2 gap-y-1 px-6 py-4 txt-small">
        <dt className="text-ui-fg-subtle">{t("municipalVoucher.order.byVoucher")}</dt>
        <dd className="text-right">{euro(paidByVoucher)}</dd>
        <dt className="text-ui-fg-subtle">{t("municipalVoucher.order.byCard")}</dt>
        <dd className="text-right">{euro(paidByCard)}</dd>
      </dl>
      <LedgerTable rows={rows} showScheme showOrder={false} compact />
      <LineRefundForm
        orderId={order.id}
        cardCaptured={!cardPayments.length || cardPayments.every((payment) => !!payment.captured_at)}
        lines={(order.items ?? []).map((item) => ({ id: item.id, title: item.title, voucherAmount: voucherShare(item.id) }))}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderVoucherPaymentsWidget
