import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { sdk } from "../../lib/sdk"

const EMPTY = {
  name: "",
  funding_source: "",
  comuni: "",
  care_areas: "silvercare, familycare",
  starts_at: "",
  ends_at: "",
  max_per_citizen: "",
}

const list = (value: string) => value.split(",").map((v) => v.trim()).filter(Boolean)

/** Creates a scheme; the server checks the window and the care areas and answers in Italian. */
export const SchemeForm = () => {
  const [form, setForm] = useState(EMPTY)
  const queryClient = useQueryClient()
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/voucher-schemes", {
        method: "POST",
        body: {
          name: form.name,
          funding_source: form.funding_source,
          comuni: list(form.comuni),
          care_areas: list(form.care_areas),
          starts_at: form.starts_at,
          ends_at: form.ends_at,
          ...(form.max_per_citizen && { max_per_citizen: Number(form.max_per_citizen) }),
        },
      }),
    onSuccess: () => {
      toast.success("Misura creata")
      setForm(EMPTY)
      queryClient.invalidateQueries({ queryKey: ["voucher-schemes"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const field = (name: keyof typeof EMPTY, label: string, type = "text", hint?: string) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`scheme-${name}`} size="small">{label}</Label>
      <Input
        id={`scheme-${name}`}
        type={type}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
      {hint && <Text size="xsmall" className="text-ui-fg-muted">{hint}</Text>}
    </div>
  )
  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate()
  }

  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-4 px-6 py-4">
      {field("name", "Nome della misura")}
      {field("funding_source", "Fonte di finanziamento")}
      {field("comuni", "Comuni finanziatori", "text", "Codici ISTAT separati da virgole")}
      {field("care_areas", "Aree di cura", "text", "Handle delle categorie separati da virgole")}
      {field("starts_at", "Inizio", "date")}
      {field("ends_at", "Fine", "date")}
      {field("max_per_citizen", "Massimo per cittadino (€)", "number")}
      <div className="flex items-end justify-end">
        <Button type="submit" size="small" isLoading={create.isPending}>Crea misura</Button>
      </div>
    </form>
  )
}
