"use client"

import { useTranslations } from "next-intl"

/** Shown when the backend fails (5xx, unreachable): a clear message and a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors")
  return (
    <div className="container py-5">
      <h1>{t("pageTitle")}</h1>
      <p>{t("pageText")}</p>
      <button type="button" className="btn btn-primary" onClick={reset}>{t("retry")}</button>
    </div>
  )
}
