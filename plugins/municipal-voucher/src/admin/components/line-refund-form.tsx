import { Button, Input, Label, Select, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { euro } from "../lib/format"
import { sdk } from "../lib/sdk"

/** An order line and the part of it the vouchers paid. */
type Line = { id: string; title: string; voucherAmount: number }

const newKey = () => `refund-${crypto.randomUUID()}`

/**
 * Refunds part of an order line to what paid for it. The idempotency key is made when
 * the form is filled and kept until it succeeds, so a double click refunds once.
 */
export const LineRefundForm = ({ orderId, lines }: { orderId: string; lines: Line[] }) => {
  // Refunds usually concern a line the vouchers paid: start from the first one.
  const [itemId, setItemId] = useState((lines.find((line) => line.voucherAmount > 0) ?? lines[0])?.id ?? "")
  const [amount, setAmount] = useState("")
  const [key, setKey] = useState(newKey)
  const queryClient = useQueryClient()
  const refund = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/orders/${orderId}/voucher-refunds`, {
        method: "POST",
        body: { item_id: itemId, amount: Number(amount), idempotency_key: key },
      }),
    onSuccess: () => {
      toast.success("Rimborso registrato")
      setAmount("")
      setKey(newKey())
      queryClient.invalidateQueries({ queryKey: ["order-voucher-payments", orderId] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    refund.mutate()
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 px-6 py-4">
      <Label size="small" id={`${orderId}-refund-line`}>Rimborsa una riga (prima ai voucher, poi alla carta)</Label>
      <Select value={itemId} onValueChange={setItemId}>
        <Select.Trigger aria-labelledby={`${orderId}-refund-line`}>
          <Select.Value placeholder="Riga dell'ordine" />
        </Select.Trigger>
        <Select.Content>
          {lines.map((line) => (
            <Select.Item key={line.id} value={line.id}>
              {line.voucherAmount > 0 ? `${line.title} — voucher ${euro(line.voucherAmount)}` : line.title}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <div className="flex gap-2">
        <Input
          aria-label="Importo da rimborsare"
          type="number"
          min="0.01"
          step="0.01"
          placeholder="Importo €"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <Button type="submit" size="small" variant="secondary" isLoading={refund.isPending} disabled={!itemId || !amount}>
          Rimborsa
        </Button>
      </div>
    </form>
  )
}
