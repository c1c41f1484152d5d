import { Button, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useApi } from "../lib/api"
import { useSubmissionKey } from "../lib/submission-key"

/** An operator's correction of a voucher's balance, always with a reason. */
export const AdjustmentForm = ({ voucherId }: { voucherId: string }) => {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const submission = useSubmissionKey()
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const adjust = useMutation({
    mutationFn: (body: { amount: number; reason: string }) =>
      api(`/admin/vouchers/${voucherId}/adjustments`, {
        method: "POST",
        body: { ...body, idempotency_key: submission.keyFor(body) },
      }),
    onSuccess: () => {
      submission.succeeded()
      toast.success(t("municipalVoucher.adjust.done"))
      setAmount("")
      setReason("")
      queryClient.invalidateQueries({ queryKey: ["voucher-ledger", voucherId] })
    },
    onError: (error: Error) => setProblem(error.message),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!amount || Number(amount) === 0) {
      setProblem(t("municipalVoucher.form.required", { field: t("municipalVoucher.adjust.amount") }))
      return
    }
    if (reason.trim().length < 3) {
      setProblem(t("municipalVoucher.adjust.reasonRequired"))
      return
    }
    setProblem(null)
    adjust.mutate({ amount: Number(amount), reason: reason.trim() })
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 px-6 py-4" aria-labelledby="adjust-title">
      <Heading level="h2" id="adjust-title">{t("municipalVoucher.adjust.title")}</Heading>
      <div className="grid grid-cols-[1fr_2fr] gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="adjust-amount" size="small">{t("municipalVoucher.adjust.amount")}</Label>
          <Input id="adjust-amount" type="number" step="0.01" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="adjust-reason" size="small">{t("municipalVoucher.adjust.reason")}</Label>
          <Input id="adjust-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-required="true" />
        </div>
      </div>
      {problem && <Text role="alert" size="small" className="text-ui-fg-error">{problem}</Text>}
      <div className="flex justify-end">
        <Button type="submit" size="small" variant="secondary" isLoading={adjust.isPending}>{t("municipalVoucher.adjust.submit")}</Button>
      </div>
    </form>
  )
}
