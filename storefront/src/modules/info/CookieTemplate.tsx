import { useTranslations } from "next-intl"

type CookieRow = { name: string; purpose: string; duration: string }

/** The cookie policy: technical cookies only (so no banner), each named with its purpose and duration. */
export function CookieTemplate() {
  const t = useTranslations("info.cookie")
  const cookies = t.raw("cookies") as CookieRow[]
  return (
    <div className="container py-4 text-break">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <h2 className="h4">{t("tableCaption")}</h2>
      <ul className="list-unstyled">
        {cookies.map((cookie) => (
          <li key={cookie.name} className="border-top py-2">
            <dl className="row mb-0">
              <dt className="col-sm-3">{t("name")}</dt>
              <dd className="col-sm-9"><code>{cookie.name}</code></dd>
              <dt className="col-sm-3">{t("purpose")}</dt>
              <dd className="col-sm-9">{cookie.purpose}</dd>
              <dt className="col-sm-3">{t("duration")}</dt>
              <dd className="col-sm-9">{cookie.duration}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p>{t("stripe")}</p>
    </div>
  )
}
