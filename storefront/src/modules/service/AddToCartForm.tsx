"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { Link } from "@/i18n/navigation"
import { addToCartAction } from "@/lib/actions/cart"
import type { FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { SubmitButton } from "../common/SubmitButton"
import { useSession } from "../layout/SessionProvider"

export type VariantChoice = { id: string; label: string }

/** Quantity (and option, when there are several) and the "add to cart" button. */
export function AddToCartForm({ variants }: { variants: VariantChoice[] }) {
  const t = useTranslations("service")
  const tErrors = useTranslations("errors")
  const { refresh } = useSession()
  const [state, action] = useActionState<FormState, FormData>(addToCartAction, {})
  const confirmation = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!state.ok) return
    refresh()
    // Focus goes to the confirmation, whose next stop is "Vai al carrello".
    confirmation.current?.focus()
  }, [state, refresh])

  return (
    <form action={action} className="mt-4" noValidate>
      {variants.length > 1 ? (
        <div className="select-wrapper mb-4">
          <label htmlFor="variant">{t("option")}</label>
          <select id="variant" name="variant_id" defaultValue={variants[0].id}>
            {variants.map((v) => (
              <option key={v.id} value={v.id}>{v.label}</option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="variant_id" value={variants[0]?.id ?? ""} />
      )}
      <div className="form-group mb-4" style={{ maxWidth: "10rem" }}>
        <label htmlFor="quantity" className="active">{t("quantity")}</label>
        <input id="quantity" name="quantity" type="number" min={1} max={99} defaultValue={1} className="form-control" inputMode="numeric" />
      </div>
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      {state.ok ? (
        <div ref={confirmation} tabIndex={-1} className="alert alert-success" role="status">
          <p className="mb-2">{t("added")}</p>
          <Link href="/carrello" className="btn btn-success btn-sm">{t("goToCart")}</Link>
        </div>
      ) : null}
      <SubmitButton pendingLabel={t("adding")}>{t("addToCart")}</SubmitButton>
    </form>
  )
}
