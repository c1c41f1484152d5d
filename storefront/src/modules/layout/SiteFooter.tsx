import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Comune } from "@/lib/types"
import type { NavArea } from "./MainNav"

/** The pages a municipal site must have, linked from every page. */
const INFO_PAGES = [
  ["/contatti", "contacts"],
  ["/accessibilita", "accessibility"],
  ["/privacy", "privacy"],
  ["/cookie", "cookie"],
] as const

/** The Ambito, its comuni, the care areas and the institutional pages (contacts, accessibility, privacy, cookies). */
export function SiteFooter({ comuni, areas }: { comuni: Comune[]; areas: NavArea[] }) {
  const t = useTranslations("footer")
  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row py-4">
            <div className="col-lg-3 pb-3">
              <h2 className="h4 text-white">{t("title")}</h2>
              <p>{t("office")}</p>
              <p>{t("about")}</p>
            </div>
            <div className="col-lg-3 pb-3">
              <h2 className="h5 text-white">{t("comuniHeading")}</h2>
              <ul className="footer-list list-unstyled">
                {comuni.map((comune) => (
                  <li key={comune.id}>
                    {comune.name} ({comune.province})
                  </li>
                ))}
              </ul>
            </div>
            <div className="col-lg-3 pb-3">
              <h2 className="h5 text-white">{t("areasHeading")}</h2>
              <ul className="footer-list list-unstyled">
                {areas.map((area) => (
                  <li key={area.handle}>
                    <Link href={`/aree/${area.handle}`} className="text-white">{area.name}</Link>
                  </li>
                ))}
              </ul>
            </div>
            <div className="col-lg-3 pb-3">
              <h2 className="h5 text-white">{t("infoHeading")}</h2>
              <ul className="footer-list list-unstyled">
                {INFO_PAGES.map(([href, key]) => (
                  <li key={href}>
                    <Link href={href} className="text-white">{t(key)}</Link>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <p className="it-footer-small-prints-list list-inline mb-0 py-3 text-white">{t("smallPrint")}</p>
        </div>
      </div>
    </footer>
  )
}
