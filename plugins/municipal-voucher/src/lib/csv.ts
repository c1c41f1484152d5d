import { parse } from "csv-parse/sync"
import type { VoucherAssignmentInput } from "../workflows/vouchers/steps/check-voucher-assignments"

type Row = Record<string, string | undefined>

/** A file csv-parse cannot read (an unclosed quote, say), with the line where it gave up. */
export class CsvFormatError extends Error {
  constructor(
    readonly line: number | null,
    detail: string
  ) {
    super(detail)
  }
}

/**
 * Reads assignment rows from CSV text with a header naming `email` or `customer_id`,
 * `amount` (a dot or a comma for decimals) and optionally `valid_until`. Italian
 * spreadsheets export with ";" and others with ",": the header line tells which.
 * Rows are numbered as in the file (the header is row 1); blank lines are skipped.
 */
export function parseAssignmentsCsv(csv: string): VoucherAssignmentInput[] {
  const header = csv.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? ""
  let records: { record: Row; info: { lines: number } }[]
  try {
    records = parse(csv, {
      bom: true,
      columns: (names: string[]) => names.map((name) => name.trim().toLowerCase()),
      delimiter: header.includes(";") ? ";" : ",",
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as { record: Row; info: { lines: number } }[]
  } catch (error) {
    throw new CsvFormatError((error as { lines?: number }).lines ?? null, (error as Error).message)
  }

  return records.map(({ record, info }) => {
    const value = (name: string) => record[name] || undefined
    const rawAmount = value("amount")?.replace(",", ".")
    return {
      row: info.lines,
      email: value("email"),
      customer_id: value("customer_id"),
      amount: rawAmount !== undefined && /^-?\d+(\.\d+)?$/.test(rawAmount) ? Number(rawAmount) : rawAmount,
      valid_until: value("valid_until") ?? null,
    }
  })
}
