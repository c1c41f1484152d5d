"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { applyVoucherAction, removeVoucherAction } from "@/lib/actions/vouchers"
import type { FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { SubmitButton } from "../common/SubmitButton"

/** "Applica" or "Rimuovi" for one voucher; the backend's refusal is shown above the button as it comes. */
export function VoucherForm({ voucherId, name, applied }: { voucherId: string; name: string; applied: boolean }) {
  const t = useTranslations("vouchers")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(applied ? removeVoucherAction : applyVoucherAction, {})
  const error = state.message ?? (state.formError ? tErrors(state.formError) : undefined)
  return (
    <form action={action} className="text-end">
      <FormAlert message={error} />
      <input type="hidden" name="voucher_id" value={voucherId} />
      <SubmitButton color={applied ? "secondary" : "primary"} pendingLabel={t(applied ? "removing" : "applying")}>
        <span aria-hidden="true">{t(applied ? "remove" : "apply")}</span>
        <span className="visually-hidden">{t(applied ? "removeNamed" : "applyNamed", { name })}</span>
      </SubmitButton>
    </form>
  )
}
