import { useLocale, useTranslations } from "next-intl"
import { getPathname } from "@/i18n/navigation"
import type { Page, Product } from "@/lib/types"
import { Pagination } from "../common/Pagination"
import { ServiceGrid } from "./ServiceGrid"

/** The search form and, once a query is given, its results. */
export function SearchTemplate({ q, results }: { q: string; results?: Page<Product> }) {
  const t = useTranslations("search")
  const locale = useLocale()
  return (
    <div className="container py-4">
      <h1 className="mb-4">{t("title")}</h1>
      <form role="search" method="get" action={getPathname({ href: "/cerca", locale })} className="row g-2 mb-4">
        <div className="col-12 col-md-8 form-group mb-0">
          <label htmlFor="search-q" className="active">{t("label")}</label>
          <input id="search-q" name="q" type="search" className="form-control" defaultValue={q} />
        </div>
        <div className="col-12 col-md-4 d-flex align-items-end">
          <button type="submit" className="btn btn-primary">{t("submit")}</button>
        </div>
      </form>
      {results ? (
        <>
          <p role="status">{t("results", { count: results.count, q })}</p>
          <ServiceGrid products={results.items} empty={t("empty")} />
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={(n) => `/cerca?${new URLSearchParams({ q, ...(n > 1 ? { pagina: String(n) } : {}) })}`}
          />
        </>
      ) : (
        <p>{t("prompt")}</p>
      )}
    </div>
  )
}
