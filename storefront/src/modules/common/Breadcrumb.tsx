import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export type Crumb = { label: string; href?: string }

/** The page's position in the site; the last crumb is the current page. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = useTranslations("breadcrumb")
  const all: Crumb[] = [{ label: t("home"), href: "/" }, ...items]
  return (
    <nav className="breadcrumb-container" aria-label={t("label")}>
      <ol className="breadcrumb p-0">
        {all.map((crumb, i) => {
          const last = i === all.length - 1
          return (
            <li key={`${crumb.label}-${i}`} className={`breadcrumb-item${last ? " active" : ""}`} aria-current={last ? "page" : undefined}>
              {crumb.href && !last ? <Link href={crumb.href}>{crumb.label}</Link> : crumb.label}
              {!last ? <span className="separator" aria-hidden="true">/</span> : null}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
