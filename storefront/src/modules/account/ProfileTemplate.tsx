import { useTranslations } from "next-intl"
import type { CitizenProfile, Comune, Customer } from "@/lib/types"
import { AccountNav } from "./AccountNav"
import { ProfileForm } from "./ProfileForm"

type Props = { customer: Customer; profile: CitizenProfile | null; comuni: Comune[] }

export function ProfileTemplate({ customer, profile, comuni }: Props) {
  const t = useTranslations("account.profile")
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
            <dt>{t("email")}</dt>
            <dd>{customer.email}</dd>
            {customer.phone ? (<><dt>{t("phone")}</dt><dd>{customer.phone}</dd></>) : null}
          </dl>
        </section>
        <section className="col-12 col-lg-7" aria-labelledby="profile-citizen">
          <h2 id="profile-citizen" className="h4">{t("citizen")}</h2>
          {profile ? null : <p>{t("noProfile")}</p>}
          <ProfileForm comuni={comuni} profile={profile} />
        </section>
      </div>
    </div>
  )
}
