import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CheckoutStep } from "@/lib/data/checkout"

/** Where the citizen is in the checkout: done steps link back, the current one carries aria-current. */
export function CheckoutSteps({ steps, current }: { steps: CheckoutStep[]; current: CheckoutStep }) {
  const t = useTranslations("checkout.steps")
  const index = steps.indexOf(current)
  return (
    <nav aria-label={t("label")} className="mb-4">
      <ol className="checkout-steps list-inline d-flex flex-wrap gap-3 mb-0">
        {steps.map((step, i) => {
          const label = t("item", { n: i + 1, name: t(step) })
          return (
            <li key={step} className="list-inline-item" aria-current={step === current ? "step" : undefined}>
              {i < index ? <Link href={`/checkout?step=${step}`}>{label}</Link> : label}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
