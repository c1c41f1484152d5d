"use client"

import { useTranslations } from "next-intl"
import { useCallback, useEffect, useRef, useState, useTransition } from "react"
import { Link, useRouter } from "@/i18n/navigation"
import { checkPaymentAction, finishPaymentAction, type PaymentProgress } from "@/lib/actions/checkout"
import { buttonClass } from "../common/button-class"

/** Seconds between looks at the cart: quick at first, then calmer. */
const delayFor = (attempt: number) => Math.min(2000 + attempt * 500, 8000)

/**
 * Waits for the order while the citizen confirms with the bank: looks at the cart now and then
 * and goes to the order as soon as it exists. "Ho confermato" asks for the order at once.
 */
export function PaymentWatcher({ cartId, attemptNow, declined }: { cartId: string; attemptNow: boolean; declined: boolean }) {
  const t = useTranslations("checkout.wait")
  const router = useRouter()
  const [progress, setProgress] = useState<PaymentProgress>(declined ? { state: "failed" } : { state: "waiting" })
  const [pending, startTransition] = useTransition()
  const attempt = useRef(0)

  const settle = useCallback(
    (next: PaymentProgress) => {
      setProgress(next)
      if (next.state === "order") router.replace(next.href)
    },
    [router]
  )

  useEffect(() => {
    if (declined) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout>
    const look = async (finish: boolean) => {
      const next = await (finish ? finishPaymentAction(cartId) : checkPaymentAction(cartId)).catch(() => ({ state: "waiting" }) as const)
      if (stopped) return
      settle(next)
      if (next.state === "waiting") timer = setTimeout(() => void look(false), delayFor(attempt.current++))
    }
    void look(attemptNow)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [cartId, attemptNow, declined, settle])

  if (progress.state === "failed") {
    return (
      <div role="alert" className="alert alert-danger">
        <p>{progress.message ?? t("failed")}</p>
        <Link href="/checkout?step=pagamento" className="btn btn-primary">{t("back")}</Link>
      </div>
    )
  }
  return (
    <>
      <p role="status" aria-live="polite" className="d-flex align-items-center gap-2">
        <span className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
        {progress.state === "order" ? t("done") : t("waiting")}
      </p>
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass("primary", pending)}
          disabled={pending}
          aria-disabled={pending}
          onClick={() => startTransition(async () => settle(await finishPaymentAction(cartId)))}
        >
          {pending ? t("checking") : t("confirmed")}
        </button>
        <Link href="/checkout?step=pagamento" className="btn btn-outline-primary">{t("change")}</Link>
      </div>
    </>
  )
}
