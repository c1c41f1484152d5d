/** Euros the Italian way: € 1.234,50. */
export const euro = (amount: number | string) =>
  new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(Number(amount))

export const day = (date: string | Date) => new Date(date).toLocaleDateString("it-IT")

export const KIND_LABELS: Record<string, string> = {
  grant: "Assegnazione",
  hold: "Riserva",
  capture: "Pagamento",
  release: "Sblocco",
  refund: "Rimborso",
  expiry: "Scadenza",
  adjustment: "Rettifica",
}

export const STATUS_LABELS: Record<string, string> = {
  active: "Attivo",
  suspended: "Sospeso",
  expired: "Scaduto",
  exhausted: "Esaurito",
  closed: "Chiusa",
}

export const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  active: "green",
  suspended: "orange",
  expired: "red",
  exhausted: "grey",
  closed: "grey",
}
