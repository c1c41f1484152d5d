import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type CitizenProfile = {
  id: string
  codice_fiscale: string
  household_size: number
  comune: { id: string; istat_code: string; name: string; province: string }
}

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

/** The citizen profile (residence, codice fiscale, household) on the customer page. */
const CustomerCitizenProfileWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, isError } = useQuery({
    queryKey: ["citizen-profile", customer.id],
    queryFn: () =>
      sdk.client.fetch<{ citizen_profile: CitizenProfile | null }>(
        `/admin/customers/${customer.id}/citizen-profile`
      ),
  })
  const profile = data?.citizen_profile

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Profilo cittadino</Heading>
      </div>
      {isLoading && <Row label="Stato" value="Caricamento…" />}
      {isError && <Row label="Stato" value="Impossibile caricare il profilo" />}
      {!isLoading && !isError && !profile && (
        <Row label="Stato" value="Nessun profilo cittadino" />
      )}
      {profile && (
        <>
          <Row label="Codice fiscale" value={profile.codice_fiscale} />
          <Row
            label="Comune di residenza"
            value={`${profile.comune.name} (${profile.comune.province}) · ISTAT ${profile.comune.istat_code}`}
          />
          <Row label="Nucleo familiare" value={String(profile.household_size)} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerCitizenProfileWidget
