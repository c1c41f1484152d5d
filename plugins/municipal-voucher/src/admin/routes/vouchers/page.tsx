import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { SchemeForm } from "../../components/scheme-form"
import { useCareAreas } from "../../lib/care-areas"
import { useApi } from "../../lib/api"
import { STATUS_COLORS, useFormat } from "../../lib/format"
import type { VoucherScheme } from "../../lib/types"

/** Voucher schemes of the Ufficio di Piano: the list, and a new scheme. */
const VoucherSchemesPage = () => {
  const { t } = useTranslation()
  const api = useApi()
  const navigate = useNavigate()
  const { day } = useFormat()
  const { names: careAreaNames } = useCareAreas()
  const [creating, setCreating] = useState(false)
  const { data, isLoading } = useQuery({
    queryKey: ["voucher-schemes"],
    queryFn: () => api<{ voucher_schemes: VoucherScheme[] }>("/admin/voucher-schemes", { query: { limit: 100 } }),
  })
  const schemes = data?.voucher_schemes ?? []

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">{t("municipalVoucher.schemes.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("municipalVoucher.schemes.subtitle")}</Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {t("municipalVoucher.schemes.new")}
          </Button>
        </div>
        {creating && (
          <section aria-label={t("municipalVoucher.schemes.new")}>
            <SchemeForm onDone={(scheme) => navigate(`/vouchers/${scheme.id}`)} />
          </section>
        )}
        {isLoading && <Text size="small" className="px-6 py-4">{t("municipalVoucher.loading")}</Text>}
        {!isLoading && !schemes.length && <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("municipalVoucher.schemes.empty")}</Text>}
        {!!schemes.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("municipalVoucher.columns.scheme")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.careAreas")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.window")}</Table.HeaderCell>
                <Table.HeaderCell>{t("municipalVoucher.columns.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {schemes.map((scheme) => (
                <Table.Row key={scheme.id} className="cursor-pointer" onClick={() => navigate(`/vouchers/${scheme.id}`)}>
                  <Table.Cell>
                    {/* The link makes each row reachable with the keyboard; the row click is a convenience. */}
                    <Link to={`/vouchers/${scheme.id}`} className="text-ui-fg-base hover:underline focus-visible:shadow-borders-focus rounded" onClick={(e) => e.stopPropagation()}>
                      {scheme.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{careAreaNames(scheme.care_areas)}</Table.Cell>
                  <Table.Cell>{day(scheme.starts_at)} – {day(scheme.ends_at)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_COLORS[scheme.status]}>{t(`municipalVoucher.schemeStatus.${scheme.status}`)}</Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "municipalVoucher.nav",
  translationNs: "translation",
  icon: ReceiptPercent,
})

export default VoucherSchemesPage
