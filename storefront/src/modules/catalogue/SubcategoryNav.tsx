import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CareArea } from "@/lib/data/categories"

/** Links to the area's subcategories; the current one is marked with aria-current. */
export function SubcategoryNav({ area, currentHandle }: { area: CareArea; currentHandle?: string }) {
  const t = useTranslations("catalogue")
  if (area.subcategories.length === 0) return null
  const links = [{ href: `/aree/${area.handle}`, label: t("allServices"), current: !currentHandle }].concat(
    area.subcategories.map((sub) => ({
      href: `/aree/${area.handle}/${sub.handle}`,
      label: sub.name,
      current: sub.handle === currentHandle,
    }))
  )
  return (
    <nav aria-label={t("subcategoriesLabel")} className="mb-4">
      <ul className="list-inline">
        {links.map((link) => (
          <li key={link.href} className="list-inline-item mb-2">
            <Link
              href={link.href}
              aria-current={link.current ? "page" : undefined}
              className={`btn btn-sm ${link.current ? "btn-primary" : "btn-outline-primary"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
