import type { LedgerReasonCode } from "../types"

export type Locale = "it" | "en"

export type VoucherMessageCode =
  | "voucher_not_found"
  | "voucher_not_yours"
  | "voucher_expired"
  | "voucher_suspended"
  | "voucher_exhausted"
  | "not_enough_balance"
  | "nothing_eligible"
  | "scheme_not_found"
  | "scheme_closed"
  | "scheme_window_invalid"
  | "scheme_outside_window"
  | "max_per_citizen_exceeded"
  | "citizen_not_resident"
  | "customer_not_found"
  | "amount_invalid"
  | "refund_exceeds_captured"
  | "release_exceeds_held"
  | "nothing_held"
  | "cart_not_found"
  | "cart_not_yours"
  | "cart_completed"
  | "voucher_not_on_cart"
  | "voucher_cover_changed"
  | "payment_session_invalid"
  | "order_not_found"
  | "order_item_not_found"
  | "refund_exceeds_line"
  | "csv_invalid"
  | "reason_required"
  | "scheme_closed_for_spending"
  | "scheme_not_started"
  | "currency_mismatch"
  | "stock_refund_of_voucher"
  | "idempotency_key_reused"
  | "csv_malformed"
  | "comune_outside_ambito"
  | "care_area_unknown"
  | "fields_invalid"

const MESSAGES: Record<Locale, Record<VoucherMessageCode, string>> = {
  it: {
    voucher_not_found: "Voucher non trovato.",
    voucher_not_yours: "Questo voucher non è intestato a te.",
    voucher_expired: "Il voucher è scaduto e non può più essere usato.",
    voucher_suspended: "Il voucher è sospeso: rivolgiti all'Ufficio di Piano.",
    voucher_exhausted: "Il voucher è esaurito.",
    not_enough_balance: "Il saldo del voucher non è sufficiente.",
    nothing_eligible: "Nessun servizio del carrello può essere pagato con questo voucher.",
    scheme_not_found: "Misura voucher non trovata.",
    scheme_closed: "La misura voucher è chiusa: non si possono assegnare altri voucher.",
    scheme_window_invalid: "La data di fine della misura deve essere successiva alla data di inizio.",
    scheme_outside_window: "La scadenza del voucher deve cadere nel periodo di validità della misura.",
    max_per_citizen_exceeded: "L'importo supera il massimo assegnabile a un cittadino per questa misura.",
    citizen_not_resident: "Il cittadino non risiede in un comune che finanzia questa misura.",
    customer_not_found: "Cittadino non trovato.",
    amount_invalid: "L'importo deve essere un numero positivo con al massimo due decimali, fino a 100.000 €.",
    refund_exceeds_captured: "Il rimborso supera quanto pagato con il voucher.",
    release_exceeds_held: "Lo sblocco supera l'importo riservato.",
    nothing_held: "Non c'è alcun importo riservato su questo voucher per questo pagamento.",
    cart_not_found: "Carrello non trovato.",
    cart_not_yours: "Questo carrello non è tuo.",
    cart_completed: "Il carrello è già stato completato.",
    voucher_not_on_cart: "Il voucher non è applicato a questo carrello.",
    voucher_cover_changed:
      "Il carrello è cambiato e l'importo coperto dal voucher non è più valido: applica di nuovo il voucher.",
    payment_session_invalid: "Il pagamento con voucher richiede un voucher valido e un cittadino autenticato.",
    order_not_found: "Ordine non trovato.",
    order_item_not_found: "La riga indicata non appartiene all'ordine.",
    refund_exceeds_line: "Il rimborso supera quanto resta da rimborsare per questa riga.",
    csv_invalid: "Il file CSV contiene errori: nessun voucher è stato assegnato.",
    reason_required: "La motivazione è obbligatoria.",
    scheme_closed_for_spending: "La misura di questo voucher è chiusa: il voucher non può più essere speso.",
    scheme_not_started: "La misura di questo voucher non è ancora iniziata: il voucher non è ancora spendibile.",
    currency_mismatch: "Il voucher è in una valuta diversa da quella del carrello.",
    csv_malformed: "Il file CSV non è leggibile alla riga {line}: controlla virgolette e separatori.",
    comune_outside_ambito: "Questi comuni non fanno parte dell'Ambito: {list}.",
    care_area_unknown: "Aree di cura sconosciute: {list}.",
    fields_invalid: "Controlla questi campi: {list}.",
    idempotency_key_reused:
      "Questa operazione è già stata registrata con dati diversi: ricarica la pagina e ripeti l'operazione.",
    stock_refund_of_voucher:
      "I pagamenti con voucher si rimborsano per riga dell'ordine (Rimborsa riga), così il valore torna al voucher che l'ha pagato.",
  },
  en: {
    voucher_not_found: "Voucher not found.",
    voucher_not_yours: "This voucher belongs to someone else.",
    voucher_expired: "The voucher has expired and can no longer be used.",
    voucher_suspended: "The voucher is suspended: contact the Ufficio di Piano.",
    voucher_exhausted: "The voucher has been used up.",
    not_enough_balance: "The voucher balance is not enough.",
    nothing_eligible: "No service in the cart can be paid with this voucher.",
    scheme_not_found: "Voucher scheme not found.",
    scheme_closed: "The voucher scheme is closed: no more vouchers can be assigned.",
    scheme_window_invalid: "The scheme's end date must come after its start date.",
    scheme_outside_window: "The voucher's expiry must fall within the scheme's validity window.",
    max_per_citizen_exceeded: "The amount exceeds the maximum a citizen may receive under this scheme.",
    citizen_not_resident: "The citizen does not live in a comune funding this scheme.",
    customer_not_found: "Citizen not found.",
    amount_invalid: "The amount must be a positive number with at most two decimals.",
    refund_exceeds_captured: "The refund exceeds what the voucher paid.",
    release_exceeds_held: "The release exceeds the amount on hold.",
    nothing_held: "Nothing is on hold on this voucher for this payment.",
    cart_not_found: "Cart not found.",
    cart_not_yours: "This cart is not yours.",
    cart_completed: "The cart has already been completed.",
    voucher_not_on_cart: "The voucher is not applied to this cart.",
    voucher_cover_changed:
      "The cart has changed and the amount covered by the voucher is no longer valid: apply the voucher again.",
    payment_session_invalid: "Paying by voucher needs a valid voucher and a logged-in citizen.",
    order_not_found: "Order not found.",
    order_item_not_found: "That line does not belong to the order.",
    refund_exceeds_line: "The refund exceeds what is left to refund on this line.",
    csv_invalid: "The CSV file has errors: no voucher was assigned.",
    reason_required: "A reason is required.",
    scheme_closed_for_spending: "This voucher's scheme is closed: the voucher can no longer be spent.",
    scheme_not_started: "This voucher's scheme has not started yet: the voucher cannot be spent yet.",
    currency_mismatch: "The voucher is in a different currency from the cart.",
    csv_malformed: "The CSV file cannot be read at line {line}: check its quotes and separators.",
    comune_outside_ambito: "These comuni are not part of the Ambito: {list}.",
    care_area_unknown: "Unknown care areas: {list}.",
    fields_invalid: "Check these fields: {list}.",
    idempotency_key_reused: "This operation was already recorded with different data: reload the page and try again.",
    stock_refund_of_voucher:
      "Voucher payments are refunded per order line (Refund line), so the value goes back to the voucher that paid it.",
  },
}

/** Italian unless the caller prefers English: the platform's first language is Italian. */
export function localeFrom(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage
  const first = (header ?? "").split(",")[0]?.trim().toLowerCase() ?? ""
  return first.startsWith("en") ? "en" : "it"
}

export function message(code: VoucherMessageCode, locale: Locale = "it"): string {
  return MESSAGES[locale][code]
}

const LEDGER_REASONS: Record<Locale, Record<LedgerReasonCode, string>> = {
  it: {
    voucher_expiry: "Scadenza del voucher",
    expired_value_returned: "Voucher scaduto: il valore restituito non è più spendibile",
    order_canceled: "Ordine annullato",
    order_canceled_undone: "Rimborso per ordine annullato non completato",
    line_refund: "Rimborso di una riga dell'ordine",
    refund_reversed: "Rimborso annullato: la parte con carta non è riuscita",
    adjustment_undone: "Rettifica annullata",
  },
  en: {
    voucher_expiry: "Voucher expired",
    expired_value_returned: "Voucher expired: the value returned can no longer be spent",
    order_canceled: "Order cancelled",
    order_canceled_undone: "Refund of a cancelled order not completed",
    line_refund: "Refund of an order line",
    refund_reversed: "Refund cancelled: the card part did not go through",
    adjustment_undone: "Adjustment undone",
  },
}

/** A ledger entry's reason as the reader should see it: the system's code translated, or the operator's words. */
export function ledgerReason(entry: { reason?: string | null; reason_code?: string | null }, locale: Locale = "it") {
  const code = entry.reason_code as LedgerReasonCode | null | undefined
  return code && LEDGER_REASONS[locale][code] ? LEDGER_REASONS[locale][code] : (entry.reason ?? null)
}
