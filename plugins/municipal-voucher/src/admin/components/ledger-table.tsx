import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormat } from "../lib/format"
import type { LedgerRow } from "../lib/types"

/**
 * The one ledger table of the voucher admin (voucher page, order widget): each movement
 * with its date, kind, order number, who made it (name and e-mail) and why.
 */
export const LedgerTable = ({
  rows,
  showScheme = false,
  showOrder = true,
  compact = false,
}: {
  rows: LedgerRow[]
  showScheme?: boolean
  /** Off on the order page, where every row is that order. */
  showOrder?: boolean
  /** Two columns, the details under each movement: for the order page's narrow side column. */
  compact?: boolean
}) => {
  const { t } = useTranslation()
  const { euro, day } = useFormat()
  if (!rows.length) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("municipalVoucher.voucher.noEntries")}</Text>
  }
  const who = (row: LedgerRow) => (row.actor ? row.actor.name || row.actor.email : t("municipalVoucher.system"))
  if (compact) {
    return (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("municipalVoucher.columns.movement")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("municipalVoucher.columns.amount")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id} className="h-auto">
              <Table.Cell className="whitespace-normal py-2">
                <span className="txt-compact-small-plus block">{t(`municipalVoucher.kind.${row.kind}`, { defaultValue: row.kind })}</span>
                <span className="text-ui-fg-subtle txt-compact-xsmall block">
                  {[day(row.created_at), showScheme ? row.scheme : null, who(row), row.reason].filter(Boolean).join(" · ")}
                </span>
              </Table.Cell>
              <Table.Cell className="text-right align-top py-2">{euro(row.amount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("municipalVoucher.columns.date")}</Table.HeaderCell>
          <Table.HeaderCell>{t("municipalVoucher.columns.movement")}</Table.HeaderCell>
          {showScheme && <Table.HeaderCell>{t("municipalVoucher.columns.scheme")}</Table.HeaderCell>}
          {showOrder && <Table.HeaderCell>{t("municipalVoucher.columns.order")}</Table.HeaderCell>}
          <Table.HeaderCell>{t("municipalVoucher.columns.who")}</Table.HeaderCell>
          <Table.HeaderCell>{t("municipalVoucher.columns.reason")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("municipalVoucher.columns.amount")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.id}>
            <Table.Cell>{day(row.created_at)}</Table.Cell>
            <Table.Cell>{t(`municipalVoucher.kind.${row.kind}`, { defaultValue: row.kind })}</Table.Cell>
            {showScheme && <Table.Cell>{row.scheme ?? "—"}</Table.Cell>}
            {showOrder && <Table.Cell>
              {row.order ? (
                <Link className="text-ui-fg-interactive hover:underline" to={`/orders/${row.order.id}`}>
                  #{row.order.display_id}
                </Link>
              ) : (
                "—"
              )}
            </Table.Cell>}
            <Table.Cell>
              {row.actor ? (
                <span title={row.actor.email ?? undefined}>
                  {row.actor.name || row.actor.email}
                  {row.actor.email && row.actor.name ? <span className="text-ui-fg-subtle"> · {row.actor.email}</span> : null}
                </span>
              ) : (
                <span className="text-ui-fg-subtle">{t("municipalVoucher.system")}</span>
              )}
            </Table.Cell>
            <Table.Cell className="max-w-[240px] whitespace-normal">{row.reason ?? "—"}</Table.Cell>
            <Table.Cell className="text-right">{euro(row.amount)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
