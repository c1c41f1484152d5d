import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { AdjustmentForm } from "../../../../components/adjustment-form"
import { LedgerTable } from "../../../../components/ledger-table"
import { useApi } from "../../../../lib/api"
import { STATUS_COLORS, useFormat } from "../../../../lib/format"
import type { LedgerRow, Voucher } from "../../../../lib/types"

/** One citizen's voucher: suspend or reinstate it, adjust it with a reason, and its whole ledger. */
const VoucherPage = () => {
  const { voucherId } = useParams() as { id: string; voucherId: string }
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const { euro, day } = useFormat()
  const { data } = useQuery({
    queryKey: ["voucher-ledger", voucherId],
    queryFn: () => api<{ voucher: Voucher; entries: LedgerRow[] }>(`/admin/vouchers/${voucherId}/ledger`),
  })
  const status = useMutation({
    mutationFn: (action: "suspend" | "reinstate") => api(`/admin/vouchers/${voucherId}/${action}`, { method: "POST" }),
    onSuccess: (_, action) => {
      toast.success(t(action === "suspend" ? "municipalVoucher.voucher.suspended" : "municipalVoucher.voucher.reinstated"))
      queryClient.invalidateQueries({ queryKey: ["voucher-ledger", voucherId] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const voucher = data?.voucher
  if (!voucher) {
    return <Container><Text size="small">{t("municipalVoucher.loading")}</Text></Container>
  }
  const citizen = voucher.citizen

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">
              {citizen ? <Link className="hover:underline" to={`/customers/${voucher.customer_id}`}>{citizen.name || citizen.email}</Link> : voucher.customer_id}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              <Link className="hover:underline" to={`/vouchers/${voucher.scheme.id}`}>{voucher.scheme.name}</Link>
              {citizen?.codice_fiscale ? ` · ${citizen.codice_fiscale}` : ""}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("municipalVoucher.voucher.balanceOf", { balance: euro(voucher.balance), granted: euro(voucher.amount_granted), date: day(voucher.valid_until) })}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <Badge color={STATUS_COLORS[voucher.status]}>{t(`municipalVoucher.status.${voucher.status}`)}</Badge>
            {(voucher.status === "active" || voucher.status === "exhausted") && (
              <Button size="small" variant="secondary" isLoading={status.isPending} onClick={() => status.mutate("suspend")}>
                {t("municipalVoucher.voucher.suspend")}
              </Button>
            )}
            {voucher.status === "suspended" && (
              <Button size="small" variant="secondary" isLoading={status.isPending} onClick={() => status.mutate("reinstate")}>
                {t("municipalVoucher.voucher.reinstate")}
              </Button>
            )}
          </div>
        </div>
        {voucher.status !== "expired" && <AdjustmentForm voucherId={voucherId} />}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">{t("municipalVoucher.voucher.ledger")}</Heading></div>
        <LedgerTable rows={data.entries} />
      </Container>
    </div>
  )
}

export default VoucherPage
