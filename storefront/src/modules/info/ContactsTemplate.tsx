import { useTranslations } from "next-intl"

type Point = { name: string; address: string; hours: string }

/** Contacts of the Ufficio di Piano and the Social Points, where citizens without a computer get help too. */
export function ContactsTemplate() {
  const t = useTranslations("info.contacts")
  const points = t.raw("points") as Point[]
  return (
    <div className="container py-4 text-break">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section className="mb-4" aria-labelledby="contacts-office">
        <h2 id="contacts-office" className="h4">{t("office")}</h2>
        <address className="mb-2">{t("officeAddress")}</address>
        <p className="mb-1">{t("officeHours")}</p>
        <p className="mb-1">
          {t("phone")}: <a href={`tel:${t("phoneNumber").replace(/\s/g, "")}`}>{t("phoneNumber")}</a>
        </p>
        <p>
          {t("email")}: <a href={`mailto:${t("emailAddress")}`}>{t("emailAddress")}</a>
        </p>
      </section>
      <section aria-labelledby="contacts-points">
        <h2 id="contacts-points" className="h4">{t("socialPoints")}</h2>
        <p>{t("socialPointsIntro")}</p>
        <ul className="list-unstyled row">
          {points.map((point) => (
            <li key={point.name} className="col-12 col-md-6 mb-3">
              <div className="border rounded p-3 h-100">
                <h3 className="h5">{point.name}</h3>
                <address className="mb-1">{point.address}</address>
                <p className="mb-0">{point.hours}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
