import { useFormatter, useTranslations } from "next-intl"
import type { ChangeRequest, CitizenProfile, Comune, Customer } from "@/lib/types"
import { AccountNav } from "./AccountNav"
import { ChangeRequestForm } from "./ChangeRequestForm"

type Props = { customer: Customer; profile: CitizenProfile | null; comuni: Comune[]; requests: ChangeRequest[] }

/**
 * The citizen's own data: identity read-only (fixed at registration), the verified comune and
 * household, and either the change request that waits for the Ufficio di Piano or a form to make one.
 */
export function ProfileTemplate({ customer, profile, comuni, requests }: Props) {
  const t = useTranslations("account.profile")
  const format = useFormatter()
  const day = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric" })
  const pending = requests.find((r) => r.status === "pending")
  const decided = requests.filter((r) => r.status !== "pending")
  const changes = (r: ChangeRequest) =>
    [
      r.requested_comune ? t("changeComune", { from: r.previous_comune?.name ?? "—", to: r.requested_comune.name }) : null,
      r.requested_household_size !== null ? t("changeHousehold", { from: r.previous_household_size, to: r.requested_household_size }) : null,
    ]
      .filter(Boolean)
      .join(", ")
  return (
    <div className="container py-4">
      <h1>{t("title")}</h1>
      <AccountNav current="profile" />
      <div className="row">
        <section className="col-12 col-lg-5 mb-4" aria-labelledby="profile-personal">
          <h2 id="profile-personal" className="h4">{t("personal")}</h2>
          <dl>
            <dt>{t("name")}</dt>
            <dd>{customer.first_name} {customer.last_name}</dd>
            {profile ? (
              <>
                <dt>{t("codiceFiscale")}</dt>
                <dd data-testid="profile-codice-fiscale">{profile.codice_fiscale}</dd>
                <dt>{t("sex")}</dt>
                <dd>{profile.sex ? t(profile.sex === "F" ? "sexF" : "sexM") : t("notGiven")}</dd>
                <dt>{t("dateOfBirth")}</dt>
                <dd>{profile.date_of_birth ? day(profile.date_of_birth) : t("notGiven")}</dd>
              </>
            ) : null}
            <dt>{t("email")}</dt>
            <dd>{customer.email}</dd>
            {customer.phone ? (<><dt>{t("phone")}</dt><dd>{customer.phone}</dd></>) : null}
          </dl>
          <p className="small">{t("identityLocked")}</p>
        </section>
        <section className="col-12 col-lg-7" aria-labelledby="profile-citizen">
          <h2 id="profile-citizen" className="h4">{t("citizen")}</h2>
          {profile ? (
            <>
              <h3 className="h5">{t("verified")}</h3>
              <dl>
                <dt>{t("comune")}</dt>
                <dd>{profile.comune.name} ({profile.comune.province})</dd>
                <dt>{t("householdSize")}</dt>
                <dd>{profile.household_size}</dd>
              </dl>
              <p className="small">{t("verifiedNote")}</p>
              {pending ? (
                <div className="alert alert-info" role="status" aria-labelledby="profile-pending">
                  <h3 id="profile-pending" className="h5">{t("pendingTitle")}</h3>
                  <p>{t("pendingIntro", { date: day(pending.created_at) })}</p>
                  <dl className="mb-0">
                    {pending.requested_comune ? (<><dt>{t("requestedComune")}</dt><dd>{pending.requested_comune.name}</dd></>) : null}
                    {pending.requested_household_size !== null ? (<><dt>{t("requestedHousehold")}</dt><dd>{pending.requested_household_size}</dd></>) : null}
                  </dl>
                </div>
              ) : (
                <ChangeRequestForm comuni={comuni} profile={profile} />
              )}
              {decided.length ? (
                <>
                  <h3 className="h5 mt-4">{t("historyTitle")}</h3>
                  <ul>
                    {decided.map((r) => (
                      <li key={r.id}>
                        <strong>{t(`status_${r.status}`)}</strong> — {t("historyItem", { date: day(r.created_at), changes: changes(r) })}
                        {r.decision_reason ? <> · {t("decisionReason", { reason: r.decision_reason })}</> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <p>{t("noProfile")}</p>
          )}
        </section>
      </div>
    </div>
  )
}
