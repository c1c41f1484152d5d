import { useTranslations } from "next-intl"

/** Lets keyboard users jump past the header. */
export function SkipLinks() {
  const t = useTranslations("layout")
  return (
    <div className="skiplinks">
      <a className="visually-hidden-focusable" href="#main-content">
        {t("skipToContent")}
      </a>
      <a className="visually-hidden-focusable" href="#footer">
        {t("skipToFooter")}
      </a>
    </div>
  )
}
