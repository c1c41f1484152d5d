import { useLocale, useTranslations } from "next-intl"
import { formatPrice } from "@/lib/format"

/** "€ 12,00 / ora": the final price (taxes included) and, when known, its unit. */
export function Price({ amount, currency, unit, className }: { amount: number; currency: string; unit?: string; className?: string }) {
  const locale = useLocale()
  const t = useTranslations("catalogue")
  return (
    <span className={className}>
      <strong>{formatPrice(amount, currency, locale)}</strong>
      {unit ? <span> {t("perUnit", { unit })}</span> : null}
    </span>
  )
}
