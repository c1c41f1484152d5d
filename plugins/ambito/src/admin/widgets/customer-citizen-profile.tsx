import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/sdk"

type Comune = { id: string; istat_code: string; name: string; province: string }

type CitizenProfile = {
  id: string
  codice_fiscale: string
  household_size: number
  sex: "F" | "M" | null
  date_of_birth: string | null
  comune: Comune
}

type ChangeRequest = {
  id: string
  status: "pending" | "approved" | "rejected"
  requested_comune: Comune | null
  requested_household_size: number | null
  previous_comune: Comune | null
  previous_household_size: number
  note: string | null
  decision_reason: string | null
  decided_at: string | null
  decided_by: string | null
  created_at: string
}

const STATUS: Record<ChangeRequest["status"], { label: string; color: "orange" | "green" | "red" }> = {
  pending: { label: "In attesa", color: "orange" },
  approved: { label: "Approvata", color: "green" },
  rejected: { label: "Respinta", color: "red" },
}

const day = (iso: string) => new Date(iso).toLocaleString("it-IT", { dateStyle: "medium", timeStyle: "short" })

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact">
      {value}
    </Text>
  </div>
)

/** What a request changes, in words: "Comune: Tradate → Venegono Superiore; nucleo: 2 → 3". */
function describe(request: ChangeRequest): string {
  return [
    request.requested_comune
      ? `Comune: ${request.previous_comune?.name ?? "—"} → ${request.requested_comune.name}`
      : null,
    request.requested_household_size !== null
      ? `nucleo familiare: ${request.previous_household_size} → ${request.requested_household_size}`
      : null,
  ]
    .filter(Boolean)
    .join("; ")
}

/** One pending request with the operator's decision: approve, or reject with a reason. */
const PendingRequest = ({ request, customerId }: { request: ChangeRequest; customerId: string }) => {
  const queryClient = useQueryClient()
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const decide = useMutation({
    mutationFn: (decision: "approve" | "reject") =>
      sdk.client.fetch(`/admin/citizen-change-requests/${request.id}/${decision}`, {
        method: "POST",
        body: { reason: reason.trim() || null },
      }),
    onSuccess: (_data, decision) => {
      toast.success(decision === "approve" ? "Richiesta approvata: il profilo è aggiornato." : "Richiesta respinta.")
      setProblem(null)
      queryClient.invalidateQueries({ queryKey: ["citizen-profile", customerId] })
      queryClient.invalidateQueries({ queryKey: ["citizen-change-requests", customerId] })
    },
    onError: (error: Error) => setProblem(error.message),
  })
  const reasonId = `change-reason-${request.id}`
  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <div className="flex items-start justify-between gap-2">
        <Text size="small" weight="plus">
          {describe(request)}
        </Text>
        <Badge color="orange" size="2xsmall" className="shrink-0 whitespace-nowrap">
          In attesa
        </Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        Inviata: {day(request.created_at)}
      </Text>
      {request.note && (
        <Text size="small" className="text-ui-fg-subtle">
          Motivo del cittadino: {request.note}
        </Text>
      )}
      <div className="flex flex-col gap-1">
        <Label htmlFor={reasonId} size="small">
          Motivazione (obbligatoria per respingere)
        </Label>
        <Input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {problem && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {problem}
        </Text>
      )}
      <div className="flex justify-end gap-2">
        <Button
          size="small"
          variant="secondary"
          isLoading={decide.isPending && decide.variables === "reject"}
          onClick={() => {
            if (!reason.trim()) {
              setProblem("Indica il motivo del rifiuto: il cittadino lo leggerà.")
              return
            }
            decide.mutate("reject")
          }}
        >
          Respingi
        </Button>
        <Button size="small" isLoading={decide.isPending && decide.variables === "approve"} onClick={() => decide.mutate("approve")}>
          Approva
        </Button>
      </div>
    </div>
  )
}

/**
 * The citizen profile on the customer page: the verified values, the change requests that
 * wait for the Ufficio di Piano (approve or reject, with a reason) and the history of decisions.
 */
const CustomerCitizenProfileWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, isError } = useQuery({
    queryKey: ["citizen-profile", customer.id],
    queryFn: () =>
      sdk.client.fetch<{ citizen_profile: CitizenProfile | null }>(
        `/admin/customers/${customer.id}/citizen-profile`
      ),
  })
  const { data: requestsData } = useQuery({
    queryKey: ["citizen-change-requests", customer.id],
    queryFn: () =>
      sdk.client.fetch<{ change_requests: ChangeRequest[] }>(
        `/admin/customers/${customer.id}/citizen-change-requests`
      ),
  })
  const profile = data?.citizen_profile
  const requests = requestsData?.change_requests ?? []
  const pending = requests.filter((r) => r.status === "pending")
  const decided = requests.filter((r) => r.status !== "pending")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Profilo cittadino</Heading>
        {pending.length > 0 && <Badge color="orange">Modifica da verificare</Badge>}
      </div>
      {isLoading && <Row label="Stato" value="Caricamento…" />}
      {isError && <Row label="Stato" value="Impossibile caricare il profilo" />}
      {!isLoading && !isError && !profile && (
        <Row label="Stato" value="Nessun profilo cittadino" />
      )}
      {profile && (
        <>
          <Row label="Codice fiscale" value={profile.codice_fiscale} />
          <Row label="Sesso" value={profile.sex === "F" ? "Femminile" : profile.sex === "M" ? "Maschile" : "non indicato"} />
          <Row label="Data di nascita" value={profile.date_of_birth ? profile.date_of_birth.split("-").reverse().join("/") : "non indicata"} />
          <Row
            label="Comune di residenza (verificato)"
            value={`${profile.comune.name} (${profile.comune.province}) · ISTAT ${profile.comune.istat_code}`}
          />
          <Row label="Nucleo familiare (verificato)" value={String(profile.household_size)} />
        </>
      )}
      {pending.length > 0 && (
        <section aria-labelledby="citizen-pending-title">
          <div className="px-6 pt-4">
            <Heading level="h3" id="citizen-pending-title">
              Richieste di modifica da verificare
            </Heading>
          </div>
          {pending.map((request) => (
            <PendingRequest key={request.id} request={request} customerId={customer.id} />
          ))}
        </section>
      )}
      {decided.length > 0 && (
        <section aria-labelledby="citizen-history-title" className="px-6 py-4">
          <Heading level="h3" id="citizen-history-title">
            Storico delle richieste
          </Heading>
          <ul className="mt-2 flex flex-col gap-2">
            {decided.map((request) => (
              <li key={request.id} className="flex flex-col gap-1">
                <div className="flex items-center gap-2">
                  <Badge color={STATUS[request.status].color} size="2xsmall">
                    {STATUS[request.status].label}
                  </Badge>
                  <Text size="small">{describe(request)}</Text>
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  Richiesta il {day(request.created_at)}
                  {request.decided_at ? ` · decisa il ${day(request.decided_at)}` : ""}
                  {request.decision_reason ? ` · ${request.decision_reason}` : ""}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerCitizenProfileWidget
