import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { day, euro, KIND_LABELS } from "../lib/format"
import { sdk } from "../lib/sdk"
import { LineRefundForm } from "../components/line-refund-form"

type VoucherPayments = {
  voucher_credit_lines: { id: string; reference_id: string; amount: number; metadata?: { scheme_name?: string } }[]
  entries: { id: string; kind: string; amount: number; created_at: string; metadata?: { captured?: number }; voucher: { id: string; scheme?: { name: string } } }[]
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

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Pagamento con voucher</Heading>
        <Text size="small" weight="plus">{euro(paidByVoucher)}</Text>
      </div>
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
        lines={(order.items ?? []).map((item) => ({ id: item.id, title: item.title }))}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderVoucherPaymentsWidget
