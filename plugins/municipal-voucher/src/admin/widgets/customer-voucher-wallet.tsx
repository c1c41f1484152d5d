import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { day, euro, STATUS_COLORS, STATUS_LABELS } from "../lib/format"
import { sdk } from "../lib/sdk"
import type { Voucher } from "../lib/types"

/** The citizen's voucher wallet on the customer page: each voucher's balance, status and expiry. */
const CustomerVoucherWalletWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, isError } = useQuery({
    queryKey: ["customer-vouchers", customer.id],
    queryFn: () =>
      sdk.client.fetch<{ vouchers: Voucher[] }>("/admin/vouchers", { query: { customer_id: customer.id } }),
  })
  const vouchers = data?.vouchers ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Voucher comunali</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4" size="small">Caricamento…</Text>}
      {isError && <Text className="px-6 py-4" size="small">Impossibile caricare i voucher</Text>}
      {!isLoading && !isError && !vouchers.length && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">Nessun voucher assegnato</Text>
      )}
      {vouchers.map((voucher) => (
        <a
          key={voucher.id}
          href={`/app/vouchers?voucher=${voucher.id}`}
          className="hover:bg-ui-bg-base-hover flex flex-col gap-1 px-6 py-4"
        >
          <div className="flex items-center justify-between gap-2">
            <Text size="small" weight="plus" leading="compact">{voucher.scheme.name}</Text>
            <Badge size="2xsmall" color={STATUS_COLORS[voucher.status]}>{STATUS_LABELS[voucher.status]}</Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle" leading="compact">
            Saldo {euro(voucher.balance)} di {euro(voucher.amount_granted)} · scade il {day(voucher.valid_until)}
          </Text>
        </a>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerVoucherWalletWidget
