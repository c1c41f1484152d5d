import { Badge, Button, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { ChangeEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { usePostWithBody } from "../lib/api"
import { useFormat } from "../lib/format"
import { useSubmissionKey } from "../lib/submission-key"
import type { AssignmentReportRow } from "../lib/types"

type Report = { rows: AssignmentReportRow[]; ok: boolean; message?: string }

type ImportAnswer = { rows?: AssignmentReportRow[]; count?: number; message?: string }

/** Thrown when the server refuses the file: its message and, when it has one, the row-by-row report. */
class ImportRefused extends Error {
  constructor(readonly answer: ImportAnswer) {
    super(answer.message ?? "")
  }
}

/**
 * Imports vouchers from a CSV in two steps: the file is checked first (dry run, nothing
 * written) and its row-by-row report shown; only then the operator confirms the real import.
 */
export const CsvImport = ({ schemeId }: { schemeId: string }) => {
  const { t } = useTranslation()
  const postWithBody = usePostWithBody()
  const queryClient = useQueryClient()
  const submission = useSubmissionKey()
  const { euro, day } = useFormat()
  const [csv, setCsv] = useState("")
  const [fileName, setFileName] = useState("")
  const [report, setReport] = useState<Report | null>(null)

  const post = async (dryRun: boolean) => {
    const answer = await postWithBody<ImportAnswer>(`/admin/voucher-schemes/${schemeId}/vouchers/import`, {
      csv,
      idempotency_key: submission.keyFor({ csv }),
      ...(dryRun && { dry_run: true }),
    })
    if (!answer.ok) throw new ImportRefused(answer.body)
    return answer.body
  }
  const refused = (error: Error) => {
    const answer = error instanceof ImportRefused ? error.answer : { message: error.message }
    setReport({ rows: answer.rows ?? [], ok: false, message: answer.message })
  }
  const check = useMutation({
    mutationFn: () => post(true),
    onSuccess: (data) => setReport({ rows: data.rows ?? [], ok: true }),
    onError: refused,
  })
  const importAll = useMutation({
    mutationFn: () => post(false),
    onSuccess: (data) => {
      submission.succeeded()
      toast.success(t("municipalVoucher.import.done", { count: data.count }))
      setReport(null)
      setCsv("")
      setFileName("")
      queryClient.invalidateQueries({ queryKey: ["scheme-vouchers", schemeId] })
    },
    onError: refused,
  })
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    setReport(null)
    setFileName(file?.name ?? "")
    setCsv(file ? await file.text() : "")
  }

  return (
    <section className="flex flex-col gap-3 px-6 py-4" aria-labelledby="import-title">
      <Heading level="h2" id="import-title">{t("municipalVoucher.import.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">{t("municipalVoucher.import.hint")}</Text>
      <div className="flex flex-col gap-1">
        <Label htmlFor="import-file" size="small">{t("municipalVoucher.import.file")}</Label>
        <Input id="import-file" type="file" accept=".csv,text/csv" onChange={pick} />
      </div>
      <div className="flex justify-end">
        <Button size="small" variant="secondary" disabled={!csv} isLoading={check.isPending} onClick={() => check.mutate()}>
          {t("municipalVoucher.import.check")}
        </Button>
      </div>
      {report && (
        <div role="status" aria-label={fileName || t("municipalVoucher.import.title")} className="flex flex-col gap-2">
          <Text size="small" weight="plus" className={report.ok ? "text-ui-fg-base" : "text-ui-fg-error"}>
            {report.ok ? t("municipalVoucher.import.ok", { count: report.rows.length }) : report.message ?? t("municipalVoucher.import.wrong")}
          </Text>
          {!!report.rows.length && (
            <div className="max-h-80 overflow-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("municipalVoucher.columns.row")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipalVoucher.columns.email")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipalVoucher.columns.amount")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipalVoucher.columns.expiry")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipalVoucher.columns.outcome")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {report.rows.map((row) => (
                    <Table.Row key={row.row}>
                      <Table.Cell>{row.row}</Table.Cell>
                      <Table.Cell>{row.email ?? row.customer_id ?? "—"}</Table.Cell>
                      <Table.Cell>{row.amount != null ? euro(row.amount) : "—"}</Table.Cell>
                      <Table.Cell>{row.valid_until ? day(row.valid_until) : "—"}</Table.Cell>
                      <Table.Cell className="whitespace-normal">
                        {row.issues.length ? (
                          <span className="text-ui-fg-error">{row.issues.map((issue) => issue.message).join(" ")}</span>
                        ) : (
                          <Badge size="2xsmall" color="green">{t("municipalVoucher.import.valid")}</Badge>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          {report.ok && (
            <div className="flex justify-end">
              <Button size="small" isLoading={importAll.isPending} onClick={() => importAll.mutate()}>
                {t("municipalVoucher.import.confirm", { count: report.rows.length })}
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
