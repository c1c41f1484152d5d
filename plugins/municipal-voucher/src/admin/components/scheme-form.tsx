import { Button, Checkbox, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useApi } from "../lib/api"
import { useCareAreas } from "../lib/care-areas"
import { dayInput } from "../lib/format"
import type { Comune, VoucherScheme } from "../lib/types"

type Draft = {
  name: string
  funding_source: string
  comuni: string[]
  care_areas: string[]
  starts_at: string
  ends_at: string
  max_per_citizen: string
}

const draftOf = (scheme?: VoucherScheme): Draft => ({
  name: scheme?.name ?? "",
  funding_source: scheme?.funding_source ?? "",
  comuni: scheme?.comuni ?? [],
  care_areas: scheme?.care_areas ?? [],
  starts_at: dayInput(scheme?.starts_at),
  ends_at: dayInput(scheme?.ends_at),
  max_per_citizen: scheme?.max_per_citizen != null ? String(scheme.max_per_citizen) : "",
})

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])

/**
 * Creates a scheme, or edits one: comuni are chosen from the Ambito's list and care areas
 * from the product categories; the server checks both again and answers in the admin's language.
 */
export const SchemeForm = ({ scheme, onDone }: { scheme?: VoucherScheme; onDone?: (scheme: VoucherScheme) => void }) => {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const [form, setForm] = useState<Draft>(() => draftOf(scheme))
  const [problem, setProblem] = useState<string | null>(null)
  const { data: comuni } = useQuery({
    queryKey: ["ambito-comuni"],
    queryFn: () => api<{ comuni: Comune[] }>("/admin/comuni"),
  })
  const { careAreas } = useCareAreas()

  const save = useMutation({
    mutationFn: () =>
      api<{ voucher_scheme: VoucherScheme }>(scheme ? `/admin/voucher-schemes/${scheme.id}` : "/admin/voucher-schemes", {
        method: "POST",
        body: {
          name: form.name.trim(),
          funding_source: form.funding_source.trim(),
          comuni: form.comuni,
          care_areas: form.care_areas,
          starts_at: form.starts_at,
          ends_at: form.ends_at,
          max_per_citizen: form.max_per_citizen ? Number(form.max_per_citizen) : null,
        },
      }),
    onSuccess: ({ voucher_scheme }) => {
      toast.success(t(scheme ? "municipalVoucher.form.saved" : "municipalVoucher.form.created"))
      if (!scheme) setForm(draftOf())
      queryClient.invalidateQueries({ queryKey: ["voucher-schemes"] })
      queryClient.invalidateQueries({ queryKey: ["voucher-scheme", voucher_scheme.id] })
      onDone?.(voucher_scheme)
    },
    onError: (error: Error) => setProblem(error.message),
  })

  // The server refuses these too; checking here first keeps zod's English out of the operator's way.
  const missing = () => {
    const required: [keyof Draft, string][] = [
      ["name", "form.name"],
      ["funding_source", "form.funding"],
      ["starts_at", "form.starts"],
      ["ends_at", "form.ends"],
    ]
    for (const [key, label] of required) {
      if (!String(form[key]).trim()) return t("municipalVoucher.form.required", { field: t(`municipalVoucher.${label}`) })
    }
    if (!form.comuni.length) return t("municipalVoucher.form.chooseOne", { field: t("municipalVoucher.form.comuni") })
    if (!form.care_areas.length) return t("municipalVoucher.form.chooseOne", { field: t("municipalVoucher.form.careAreas") })
    return null
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const issue = missing()
    setProblem(issue)
    if (!issue) save.mutate()
  }
  const id = scheme?.id ?? "new"
  const text = (key: "name" | "funding_source" | "starts_at" | "ends_at" | "max_per_citizen", label: string, type = "text") => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`scheme-${id}-${key}`} size="small">{t(`municipalVoucher.form.${label}`)}</Label>
      <Input id={`scheme-${id}-${key}`} type={type} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  )
  const choices = (legend: string, key: "comuni" | "care_areas", options: { value: string; label: string }[]) => (
    <fieldset className="flex flex-col gap-2">
      <legend className="txt-compact-small-plus mb-1">{t(`municipalVoucher.form.${legend}`)}</legend>
      <div className="grid grid-cols-2 gap-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-center gap-2">
            <Checkbox
              id={`scheme-${id}-${key}-${option.value}`}
              checked={form[key].includes(option.value)}
              onCheckedChange={() => setForm({ ...form, [key]: toggle(form[key], option.value) })}
            />
            <Label htmlFor={`scheme-${id}-${key}-${option.value}`} size="small">{option.label}</Label>
          </div>
        ))}
      </div>
    </fieldset>
  )

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-2 gap-4 px-6 py-4">
      {text("name", "name")}
      {text("funding_source", "funding")}
      {text("starts_at", "starts", "date")}
      {text("ends_at", "ends", "date")}
      {choices("comuni", "comuni", (comuni?.comuni ?? []).map((c) => ({ value: c.istat_code, label: `${c.name} (${c.province})` })))}
      {choices("careAreas", "care_areas", careAreas.map((c) => ({ value: c.handle, label: c.name })))}
      {text("max_per_citizen", "max", "number")}
      <div className="flex items-end justify-end gap-2">
        <Button type="submit" size="small" isLoading={save.isPending}>
          {t(scheme ? "municipalVoucher.form.save" : "municipalVoucher.form.create")}
        </Button>
      </div>
      {problem && (
        <Text role="alert" size="small" className="text-ui-fg-error col-span-2">{problem}</Text>
      )}
    </form>
  )
}
