import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { AssignVoucherForm } from "../../../components/assign-voucher-form"
import { CsvImport } from "../../../components/csv-import"
import { SchemeForm } from "../../../components/scheme-form"
import { useCareAreas } from "../../../lib/care-areas"
import { useApi } from "../../../lib/api"
import { STATUS_COLORS, useFormat } from "../../../lib/format"
import type { Voucher, VoucherScheme } from "../../../lib/types"

/** One scheme: edit or close it, assign vouchers (one citizen or a CSV), and its vouchers. */
const VoucherSchemePage = () => {
  const { id } = useParams() as { id: string }
  const { t } = useTranslation()
  const api = useApi()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const { euro, day } = useFormat()
  const { names: careAreaNames } = useCareAreas()
  const [editing, setEditing] = useState(false)
  const { data } = useQuery({
    queryKey: ["voucher-scheme", id],
    queryFn: () => api<{ voucher_scheme: VoucherScheme }>(`/admin/voucher-schemes/${id}`),
  })
  const { data: vouchers } = useQuery({
    queryKey: ["scheme-vouchers", id],
    queryFn: () => api<{ vouchers: Voucher[] }>("/admin/vouchers", { query: { scheme_id: id, limit: 200 } }),
  })
  const close = useMutation({
    mutationFn: () => api(`/admin/voucher-schemes/${id}/close`, { method: "POST" }),
    onSuccess: () => {
      toast.success(t("municipalVoucher.close.done"))
      queryClient.invalidateQueries({ queryKey: ["voucher-scheme", id] })
      queryClient.invalidateQueries({ queryKey: ["voucher-schemes"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const askClose = async () => {
    const confirmed = await prompt({
      title: t("municipalVoucher.close.title"),
      description: t("municipalVoucher.close.body"),
      confirmText: t("municipalVoucher.close.confirm"),
      cancelText: t("municipalVoucher.cancel"),
    })
    if (confirmed) close.mutate()
  }
  const scheme = data?.voucher_scheme
  if (!scheme) {
    return <Container><Text size="small">{t("municipalVoucher.loading")}</Text></Container>
  }
  const open = scheme.status === "active"

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">{scheme.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {scheme.funding_source} · {day(scheme.starts_at)} – {day(scheme.ends_at)} · {careAreaNames(scheme.care_areas)}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <Badge color={STATUS_COLORS[scheme.status]}>{t(`municipalVoucher.schemeStatus.${scheme.status}`)}</Badge>
            {open && (
              <Button size="small" variant="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
                {t("municipalVoucher.form.edit")}
              </Button>
            )}
            {open && (
              <Button size="small" variant="danger" onClick={askClose} isLoading={close.isPending}>
                {t("municipalVoucher.close.button")}
              </Button>
            )}
          </div>
        </div>
        {editing && (
          <section aria-label={t("municipalVoucher.form.edit")}>
            <SchemeForm key={JSON.stringify(scheme)} scheme={scheme} onDone={() => setEditing(false)} />
          </section>
        )}
      </Container>

      {open && (
        <div className="flex flex-col gap-4">
          <Container className="p-0"><AssignVoucherForm schemeId={id} /></Container>
          <Container className="p-0"><CsvImport schemeId={id} /></Container>
        </div>
      )}

      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">{t("municipalVoucher.vouchers.title")}</Heading></div>
        {!vouchers?.vouchers.length ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("municipalVoucher.vouchers.empty")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("municipalVoucher.columns.citizen")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.email")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.balance")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.expiry")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {vouchers.vouchers.map((voucher) => {
                const name = voucher.citizen?.name || voucher.citizen?.email || voucher.customer_id
                return (
                  <Table.Row key={voucher.id} className="cursor-pointer" onClick={() => navigate(`/vouchers/${id}/${voucher.id}`)}>
                    <Table.Cell>
                      <Link
                        to={`/vouchers/${id}/${voucher.id}`}
                        aria-label={t("municipalVoucher.vouchers.open", { name })}
                        className="hover:underline focus-visible:shadow-borders-focus rounded"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{voucher.citizen?.email ?? "—"}</Table.Cell>
                    <Table.Cell>{euro(voucher.balance)} / {euro(voucher.amount_granted)}</Table.Cell>
                    <Table.Cell>{day(voucher.valid_until)}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={STATUS_COLORS[voucher.status]}>{t(`municipalVoucher.status.${voucher.status}`)}</Badge>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default VoucherSchemePage
