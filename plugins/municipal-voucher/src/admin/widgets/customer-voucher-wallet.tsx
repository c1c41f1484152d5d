import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useApi } from "../lib/api"
import { STATUS_COLORS, useFormat } from "../lib/format"
import type { Voucher } from "../lib/types"

/** The citizen's voucher wallet on the customer page: each voucher's balance, status and expiry, linked to its ledger. */
const CustomerVoucherWalletWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation()
  const api = useApi()
  const { euro, day } = useFormat()
  const { data, isLoading, isError } = useQuery({
    queryKey: ["customer-vouchers", customer.id],
    queryFn: () => api<{ vouchers: Voucher[] }>("/admin/vouchers", { query: { customer_id: customer.id } }),
  })
  const vouchers = data?.vouchers ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("municipalVoucher.nav")}</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4" size="small">{t("municipalVoucher.loading")}</Text>}
      {isError && <Text className="px-6 py-4" size="small">{t("municipalVoucher.loadError")}</Text>}
      {!isLoading && !isError && !vouchers.length && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">{t("municipalVoucher.vouchers.empty")}</Text>
      )}
      {vouchers.map((voucher) => (
        <Link
          key={voucher.id}
          to={`/vouchers/${voucher.scheme.id}/${voucher.id}`}
          className="hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus flex flex-col gap-1 px-6 py-4 outline-none"
        >
          <div className="flex items-center justify-between gap-2">
            <Text size="small" weight="plus" leading="compact">{voucher.scheme.name}</Text>
            <Badge size="2xsmall" color={STATUS_COLORS[voucher.status]}>{t(`municipalVoucher.status.${voucher.status}`)}</Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle" leading="compact">
            {t("municipalVoucher.voucher.balanceOf", { balance: euro(voucher.balance), granted: euro(voucher.amount_granted), date: day(voucher.valid_until) })}
          </Text>
        </Link>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerVoucherWalletWidget
