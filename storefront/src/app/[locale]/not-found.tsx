import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function NotFound() {
  const t = useTranslations("errors")
  return (
    <div className="container py-5">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <Link href="/" className="btn btn-primary">{t("backHome")}</Link>
    </div>
  )
}
