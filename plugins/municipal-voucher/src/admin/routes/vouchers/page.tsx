import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useSearchParams } from "react-router-dom"
import { day, euro, STATUS_COLORS, STATUS_LABELS } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { Voucher, VoucherScheme } from "../../lib/types"
import { SchemeForm } from "./scheme-form"
import { VoucherLedger } from "./voucher-ledger"

/** Voucher schemes of the Ufficio di Piano: the list, a new scheme, a scheme's vouchers and a voucher's ledger. */
const VouchersPage = () => {
  const [params, setParams] = useSearchParams()
  const schemeId = params.get("scheme")
  const voucherId = params.get("voucher")
  const { data: schemes } = useQuery({
    queryKey: ["voucher-schemes"],
    queryFn: () => sdk.client.fetch<{ voucher_schemes: VoucherScheme[] }>("/admin/voucher-schemes", { query: { limit: 100 } }),
  })
  const { data: vouchers } = useQuery({
    queryKey: ["scheme-vouchers", schemeId],
    enabled: !!schemeId,
    queryFn: () => sdk.client.fetch<{ vouchers: Voucher[] }>("/admin/vouchers", { query: { scheme_id: schemeId!, limit: 200 } }),
  })

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Misure voucher</Heading>
          <Text size="small" className="text-ui-fg-subtle">Voucher comunali assegnati ai cittadini dell'Ambito</Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Misura</Table.HeaderCell>
              <Table.HeaderCell>Aree di cura</Table.HeaderCell>
              <Table.HeaderCell>Validità</Table.HeaderCell>
              <Table.HeaderCell>Stato</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(schemes?.voucher_schemes ?? []).map((scheme) => (
              <Table.Row key={scheme.id} className="cursor-pointer" onClick={() => setParams({ scheme: scheme.id })}>
                <Table.Cell>{scheme.name}</Table.Cell>
                <Table.Cell>{scheme.care_areas.join(", ")}</Table.Cell>
                <Table.Cell>{day(scheme.starts_at)} – {day(scheme.ends_at)}</Table.Cell>
                <Table.Cell><Badge size="2xsmall" color={STATUS_COLORS[scheme.status]}>{STATUS_LABELS[scheme.status]}</Badge></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      {schemeId && (
        <Container className="p-0">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Voucher</Table.HeaderCell>
                <Table.HeaderCell>Cittadino</Table.HeaderCell>
                <Table.HeaderCell>Saldo</Table.HeaderCell>
                <Table.HeaderCell>Scadenza</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(vouchers?.vouchers ?? []).map((voucher) => (
                <Table.Row key={voucher.id} className="cursor-pointer" onClick={() => setParams({ scheme: schemeId, voucher: voucher.id })}>
                  <Table.Cell>{voucher.id}</Table.Cell>
                  <Table.Cell>{voucher.customer_id}</Table.Cell>
                  <Table.Cell>{euro(voucher.balance)} / {euro(voucher.amount_granted)}</Table.Cell>
                  <Table.Cell>{day(voucher.valid_until)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Container>
      )}

      {voucherId && <Container className="p-0"><VoucherLedger voucherId={voucherId} /></Container>}

      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">Nuova misura</Heading></div>
        <SchemeForm />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Voucher comunali",
  icon: ReceiptPercent,
})

export default VouchersPage
