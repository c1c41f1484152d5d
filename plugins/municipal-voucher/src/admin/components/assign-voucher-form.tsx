import { Button, Heading, Input, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useApi } from "../lib/api"
import { useSubmissionKey } from "../lib/submission-key"
import type { Citizen } from "../lib/types"

/** Assigns a voucher of the scheme to one citizen, found by name, e-mail or codice fiscale. */
export const AssignVoucherForm = ({ schemeId }: { schemeId: string }) => {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const submission = useSubmissionKey()
  const [search, setSearch] = useState("")
  const [term, setTerm] = useState("")
  const [citizen, setCitizen] = useState<Citizen | null>(null)
  const [amount, setAmount] = useState("")
  const [validUntil, setValidUntil] = useState("")
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 250)
    return () => clearTimeout(timer)
  }, [search])
  const { data: found, isFetching } = useQuery({
    queryKey: ["voucher-citizens", term],
    enabled: term.length >= 2,
    queryFn: () => api<{ citizens: Citizen[] }>("/admin/voucher-citizens", { query: { q: term } }),
  })

  const assign = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api(`/admin/voucher-schemes/${schemeId}/vouchers`, {
        method: "POST",
        body: { ...body, idempotency_key: submission.keyFor(body) },
      }),
    onSuccess: () => {
      submission.succeeded()
      toast.success(t("municipalVoucher.assign.done", { name: citizen?.name || citizen?.email }))
      setAmount("")
      setValidUntil("")
      setReason("")
      setCitizen(null)
      setSearch("")
      queryClient.invalidateQueries({ queryKey: ["scheme-vouchers", schemeId] })
    },
    onError: (error: Error) => setProblem(error.message),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!citizen) {
      setProblem(t("municipalVoucher.assign.pick"))
      return
    }
    if (!amount) {
      setProblem(t("municipalVoucher.form.required", { field: t("municipalVoucher.assign.amount") }))
      return
    }
    setProblem(null)
    assign.mutate({
      customer_id: citizen.id,
      amount: Number(amount),
      ...(validUntil && { valid_until: validUntil }),
      ...(reason.trim() && { reason: reason.trim() }),
    })
  }
  const citizens = found?.citizens ?? []

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 px-6 py-4" aria-labelledby="assign-title">
      <Heading level="h2" id="assign-title">{t("municipalVoucher.assign.title")}</Heading>
      <div className="flex flex-col gap-1">
        <Label htmlFor="assign-search" size="small">{t("municipalVoucher.assign.search")}</Label>
        <Input id="assign-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
      </div>
      {isFetching && <Text size="small" className="text-ui-fg-subtle">{t("municipalVoucher.assign.searching")}</Text>}
      {term.length >= 2 && !isFetching && !citizens.length && (
        <Text size="small" className="text-ui-fg-subtle">{t("municipalVoucher.assign.none")}</Text>
      )}
      {!!citizens.length && (
        <RadioGroup
          aria-label={t("municipalVoucher.assign.pick")}
          value={citizen?.id ?? ""}
          onValueChange={(value) => setCitizen(citizens.find((c) => c.id === value) ?? null)}
        >
          {citizens.map((c) => (
            <div key={c.id} className="flex items-center gap-2">
              <RadioGroup.Item value={c.id} id={`assign-citizen-${c.id}`} />
              <Label htmlFor={`assign-citizen-${c.id}`} size="small">
                {c.name || c.email} <span className="text-ui-fg-subtle">· {c.email}{c.codice_fiscale ? ` · ${c.codice_fiscale}` : ""}</span>
              </Label>
            </div>
          ))}
        </RadioGroup>
      )}
      <div className="grid grid-cols-2 gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="assign-amount" size="small">{t("municipalVoucher.assign.amount")}</Label>
          <Input id="assign-amount" type="number" min="0.01" step="0.01" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="assign-valid-until" size="small">{t("municipalVoucher.assign.validUntil")}</Label>
          <Input id="assign-valid-until" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="assign-reason" size="small">{t("municipalVoucher.assign.reason")}</Label>
        <Input id="assign-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {problem && <Text role="alert" size="small" className="text-ui-fg-error">{problem}</Text>}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={assign.isPending}>{t("municipalVoucher.assign.submit")}</Button>
      </div>
    </form>
  )
}
