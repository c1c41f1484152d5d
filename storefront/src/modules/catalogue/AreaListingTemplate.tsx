import { useTranslations } from "next-intl"
import type { AreaListing } from "@/lib/data/listing"
import { preloadTitillium } from "@/lib/fonts"
import { Breadcrumb } from "../common/Breadcrumb"
import { Pagination } from "../common/Pagination"
import { ServiceGrid } from "./ServiceGrid"
import { SubcategoryNav } from "./SubcategoryNav"

/** A care area's services, optionally narrowed to a subcategory, one page at a time. */
export function AreaListingTemplate({ listing }: { listing: AreaListing }) {
  const t = useTranslations("catalogue")
  const { area, sub, services } = listing
  if (area.description) preloadTitillium(300) // the lead paragraph
  const base = sub ? `/aree/${area.handle}/${sub.handle}` : `/aree/${area.handle}`
  const crumbs = sub
    ? [{ label: area.name, href: `/aree/${area.handle}` }, { label: sub.name }]
    : [{ label: area.name }]
  return (
    <div className="container py-4">
      <Breadcrumb items={crumbs} />
      <h1 className="mb-3">{sub ? `${area.name}: ${sub.name}` : area.name}</h1>
      {area.description ? <p className="lead">{area.description}</p> : null}
      <SubcategoryNav area={area} currentHandle={sub?.handle} />
      <p role="status" className="text-secondary">
        {t("resultsCount", { count: services.count })}
        {services.pageCount > 1 ? ` — ${t("pageOf", { page: services.page, pageCount: services.pageCount })}` : ""}
      </p>
      <ServiceGrid products={services.items} empty={t("empty")} />
      <Pagination page={services.page} pageCount={services.pageCount} hrefFor={(n) => (n === 1 ? base : `${base}/p/${n}`)} />
    </div>
  )
}
