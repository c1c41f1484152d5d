import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { day, euro, KIND_LABELS } from "../lib/format"
import { sdk } from "../lib/sdk"
import { LineRefundForm } from "../components/line-refund-form"

const VOUCHER_PROVIDER_PREFIX = "pp_municipal-voucher_"

type VoucherPayments = {
  voucher_credit_lines: {
    id: string
    reference_id: string
    amount: number
    metadata?: { scheme_name?: string }
  }[]
  payments?: { payments?: { id: string; provider_id: string; amount: number }[] }[] | null
  entries: {
    id: string
    kind: string
    amount: number
    created_at: string
    /** captures: the amount and each order line's share; refunds: the order line they went back for */
    metadata?: { captured?: number; allocations?: Record<string, number>; order_item_id?: string }
    voucher: { id: string; scheme?: { name: string } }
  }[]
}

/** How the order was paid by voucher, and every voucher movement of its checkout and refunds. */
const OrderVoucherPaymentsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading } = useQuery({
    queryKey: ["order-voucher-payments", order.id],
    queryFn: () => sdk.client.fetch<VoucherPayments>(`/admin/orders/${order.id}/voucher-payments`),
  })
  if (isLoading || !data || (!data.voucher_credit_lines.length && !data.entries.length)) {
    return null
  }
  const paidByVoucher = data.voucher_credit_lines.reduce((sum, line) => sum + Number(line.amount), 0)
  // What the card (or the demo's system provider) was asked for: the rest of the order.
  const paidByCard = (data.payments ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => !payment.provider_id.startsWith(VOUCHER_PROVIDER_PREFIX))
    .reduce((sum, payment) => sum + Number(payment.amount), 0)
  // What the vouchers paid for each order line and is not refunded yet, so the operator sees
  // which line to refund (captures carry the shares by order line, refunds the line they were for).
  const voucherShare = (itemId: string) =>
    data.entries.reduce((sum, entry) => {
      if (entry.kind === "capture") return sum + Number(entry.metadata?.allocations?.[itemId] ?? 0)
      if (entry.kind === "refund" && entry.metadata?.order_item_id === itemId) return sum - Number(entry.amount)
      return sum
    }, 0)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Pagamento con voucher</Heading>
        <Text size="small" weight="plus">{euro(paidByVoucher)}</Text>
      </div>
      <dl className="grid grid-cols-2 gap-y-1 px-6 py-4 txt-small">
        <dt className="text-ui-fg-subtle">Pagato con voucher</dt>
        <dd className="text-right">{euro(paidByVoucher)}</dd>
        <dt className="text-ui-fg-subtle">Pagato con carta</dt>
        <dd className="text-right">{euro(paidByCard)}</dd>
      </dl>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Data</Table.HeaderCell>
            <Table.HeaderCell>Movimento</Table.HeaderCell>
            <Table.HeaderCell>Misura</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Importo</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{day(entry.created_at)}</Table.Cell>
              <Table.Cell>{KIND_LABELS[entry.kind] ?? entry.kind}</Table.Cell>
              <Table.Cell>{entry.voucher.scheme?.name ?? entry.voucher.id}</Table.Cell>
              <Table.Cell className="text-right">
                {euro(entry.kind === "capture" ? -(entry.metadata?.captured ?? 0) : entry.amount)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <LineRefundForm
        orderId={order.id}
        lines={(order.items ?? []).map((item) => ({ id: item.id, title: item.title, voucherAmount: voucherShare(item.id) }))}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderVoucherPaymentsWidget
