import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CareArea } from "@/lib/data/categories"
import { Icon } from "../common/Icon"

/** Hero, how the service works (on every width) and the care areas as cards. */
export function HomeTemplate({ areas }: { areas: CareArea[] }) {
  const t = useTranslations("home")
  return (
    <>
      <section className="it-hero-wrapper it-hero-small-size bg-primary" aria-labelledby="home-title">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-hero-text-wrapper bg-primary">
                <h1 id="home-title" className="text-white">{t("heroTitle")}</h1>
                <p className="text-white">{t("heroText")}</p>
              </div>
            </div>
          </div>
        </div>
      </section>
      <section className="container pt-5" aria-labelledby="how-title">
        <h2 id="how-title" className="mb-4">{t("howHeading")}</h2>
        <ol className="how-steps list-unstyled row mb-0">
          {(t.raw("howSteps") as { title: string; text: string }[]).map((step) => (
            <li key={step.title} className="col-12 col-md-4 mb-4">
              <h3 className="h5">{step.title}</h3>
              <p className="mb-0">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <section className="container py-5" aria-labelledby="areas-title">
        <h2 id="areas-title" className="mb-4">{t("areasHeading")}</h2>
        <ul className="row it-card-list">
          {areas.map((area) => (
            <li key={area.id} className="col-12 col-md-6 col-lg-4 mb-4">
              <article className="it-card rounded shadow-sm border it-card-height-full">
                <h3 className="it-card-title">
                  <Link className="it-card-link" href={`/aree/${area.handle}`}>
                    {area.name}
                  </Link>
                </h3>
                <div className="it-card-body">
                  {area.description ? <p className="it-card-text">{area.description}</p> : null}
                </div>
                <footer className="it-card-related it-card-footer">
                  <span className="it-card-taxonomy">{t("subcategories", { count: area.subcategories.length })}</span>
                  <Icon name="it-arrow-right" className="icon-primary icon-sm" />
                </footer>
              </article>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
