import { useTranslations } from "next-intl"

type Section = { heading: string; body: string }

/** An institutional page (privacy, accessibility): a title, an introduction and its sections, from the messages. */
export function InfoTemplate({ page }: { page: "privacy" | "accessibility" }) {
  const t = useTranslations(`info.${page}`)
  const sections = t.raw("sections") as Section[]
  return (
    <div className="container py-4 text-break">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.heading} className="mb-4">
          <h2 className="h4">{section.heading}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </div>
  )
}
