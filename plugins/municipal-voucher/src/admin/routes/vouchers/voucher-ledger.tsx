import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { day, euro, KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { Voucher } from "../../lib/types"

/** One voucher and its whole ledger: every movement with who made it and why. */
export const VoucherLedger = ({ voucherId }: { voucherId: string }) => {
  const { data } = useQuery({
    queryKey: ["voucher", voucherId],
    queryFn: () => sdk.client.fetch<{ voucher: Voucher }>(`/admin/vouchers/${voucherId}`),
  })
  const voucher = data?.voucher
  if (!voucher) {
    return null
  }
  return (
    <div className="divide-y">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{voucher.scheme.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Saldo {euro(voucher.balance)} di {euro(voucher.amount_granted)} · scade il {day(voucher.valid_until)}
          </Text>
        </div>
        <Badge color={STATUS_COLORS[voucher.status]}>{STATUS_LABELS[voucher.status]}</Badge>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Data</Table.HeaderCell>
            <Table.HeaderCell>Movimento</Table.HeaderCell>
            <Table.HeaderCell>Riferimento</Table.HeaderCell>
            <Table.HeaderCell>Motivo</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Importo</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(voucher.entries ?? []).map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{day(entry.created_at)}</Table.Cell>
              <Table.Cell>{KIND_LABELS[entry.kind] ?? entry.kind}</Table.Cell>
              <Table.Cell>{entry.reference ?? "—"}</Table.Cell>
              <Table.Cell>{entry.reason ?? "—"}{entry.actor_id ? ` (${entry.actor_id})` : ""}</Table.Cell>
              <Table.Cell className="text-right">{euro(entry.amount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
