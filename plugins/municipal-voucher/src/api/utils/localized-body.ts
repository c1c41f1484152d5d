import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { Locale, message } from "../../lib/messages"
import { localeOf } from "./locale"

/** What the admin forms call each field, so a refusal names it as the operator saw it. */
const FIELD_LABELS: Record<Locale, Record<string, string>> = {
  it: {
    name: "nome della misura",
    description: "descrizione",
    comuni: "comuni finanziatori",
    funding_source: "fonte di finanziamento",
    starts_at: "inizio",
    ends_at: "fine",
    care_areas: "aree di cura",
    max_per_citizen: "massimo per cittadino",
    customer_id: "cittadino",
    amount: "importo",
    valid_until: "valido fino al",
    reason: "motivo",
    csv: "file CSV",
    idempotency_key: "chiave dell'operazione",
  },
  en: {
    name: "scheme name",
    description: "description",
    comuni: "funding comuni",
    funding_source: "funding source",
    starts_at: "start",
    ends_at: "end",
    care_areas: "care areas",
    max_per_citizen: "maximum per citizen",
    customer_id: "citizen",
    amount: "amount",
    valid_until: "valid until",
    reason: "reason",
    csv: "CSV file",
    idempotency_key: "operation key",
  },
}

/**
 * Like Medusa's validateAndTransformBody, but a refusal names the wrong fields in the
 * operator's language ("Controlla questi campi: fine, importo.") instead of zod's English.
 */
export function validateBodyInOperatorLanguage<T extends z.ZodTypeAny>(schema: T) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = await schema.safeParseAsync(req.body)
    if (parsed.success) {
      req.validatedBody = parsed.data
      return next()
    }
    const locale = localeOf(req)
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")))].filter(Boolean)
    const names = fields.map((field) => FIELD_LABELS[locale][field] ?? field)
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message("fields_invalid", locale).replace("{list}", names.join(", "))))
  }
}
