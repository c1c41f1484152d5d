import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { Icon } from "./Icon"

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string }

/** Numbered pages with previous/next links; every link says which page it leads to. */
export function Pagination({ page, pageCount, hrefFor, label }: Props) {
  const t = useTranslations("pagination")
  if (pageCount <= 1) return null
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1)
  return (
    <nav className="pagination-wrapper justify-content-center mt-4" aria-label={label ?? t("label")}>
      <ul className="pagination">
        <li className={`page-item${page <= 1 ? " disabled" : ""}`}>
          {page > 1 ? (
            <Link className="page-link" href={hrefFor(page - 1)} aria-label={t("previous")}>
              <Icon name="it-chevron-left" className="icon-primary" />
            </Link>
          ) : null}
        </li>
        {pages.map((n) => (
          <li key={n} className="page-item">
            <Link
              className="page-link"
              href={hrefFor(n)}
              aria-current={n === page ? "page" : undefined}
              aria-label={n === page ? t("current", { page: n }) : t("page", { page: n })}
            >
              {n}
            </Link>
          </li>
        ))}
        <li className={`page-item${page >= pageCount ? " disabled" : ""}`}>
          {page < pageCount ? (
            <Link className="page-link" href={hrefFor(page + 1)} aria-label={t("next")}>
              <Icon name="it-chevron-right" className="icon-primary" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
