import { Button, Input, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useApi } from "../lib/api"
import { useFormat } from "../lib/format"
import { useSubmissionKey } from "../lib/submission-key"

/** An order line and the part of it the vouchers paid and is not refunded yet. */
type Line = { id: string; title: string; voucherAmount: number }

/**
 * Refunds part of an order line to what paid for it, after the operator confirms it and
 * gives a reason. A refund that reaches the card while the card payment is not captured is
 * stopped here with "capture the payment first". One idempotency key per submission.
 */
export const LineRefundForm = ({ orderId, lines, cardCaptured }: { orderId: string; lines: Line[]; cardCaptured: boolean }) => {
  const { t } = useTranslation()
  const api = useApi()
  const prompt = usePrompt()
  const { euro } = useFormat()
  const submission = useSubmissionKey()
  // Refunds usually concern a line the vouchers paid: start from the first one.
  const [itemId, setItemId] = useState((lines.find((line) => line.voucherAmount > 0) ?? lines[0])?.id ?? "")
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const refund = useMutation({
    mutationFn: (body: { item_id: string; amount: number; reason: string }) =>
      api(`/admin/orders/${orderId}/voucher-refunds`, { method: "POST", body: { ...body, idempotency_key: submission.keyFor(body) } }),
    onSuccess: () => {
      submission.succeeded()
      toast.success(t("municipalVoucher.order.done"))
      setAmount("")
      setReason("")
      // The voucher box, and Medusa's own order and payment figures, change after a refund.
      queryClient.invalidateQueries({ queryKey: ["order-voucher-payments", orderId] })
      queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
    onError: (error: Error) => setProblem(error.message),
  })
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const line = lines.find((l) => l.id === itemId)
    const value = Number(amount)
    if (!line || !(value > 0)) {
      setProblem(t("municipalVoucher.form.required", { field: t("municipalVoucher.order.amount") }))
      return
    }
    if (reason.trim().length < 3) {
      setProblem(t("municipalVoucher.adjust.reasonRequired"))
      return
    }
    // What the vouchers do not cover goes to the card, which can only refund a captured payment.
    if (value > line.voucherAmount + 1e-9 && !cardCaptured) {
      setProblem(t("municipalVoucher.order.captureFirst"))
      return
    }
    setProblem(null)
    const confirmed = await prompt({
      title: t("municipalVoucher.order.confirmTitle"),
      description: t("municipalVoucher.order.confirmBody", { amount: euro(value), line: line.title }),
      confirmText: t("municipalVoucher.order.confirm"),
      cancelText: t("municipalVoucher.cancel"),
    })
    if (confirmed) refund.mutate({ item_id: itemId, amount: value, reason: reason.trim() })
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 px-6 py-4">
      <Label size="small" id={`${orderId}-refund-line`}>{t("municipalVoucher.order.refundLine")}</Label>
      <Select value={itemId} onValueChange={setItemId}>
        <Select.Trigger aria-labelledby={`${orderId}-refund-line`}>
          <Select.Value placeholder={t("municipalVoucher.order.line")} />
        </Select.Trigger>
        <Select.Content>
          {lines.map((line) => (
            <Select.Item key={line.id} value={line.id}>
              {line.voucherAmount > 0 ? `${line.title} — voucher ${euro(line.voucherAmount)}` : line.title}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Input
        aria-label={t("municipalVoucher.order.amount")}
        type="number"
        min="0.01"
        step="0.01"
        placeholder={t("municipalVoucher.order.amount")}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
      />
      <Input aria-label={t("municipalVoucher.order.reason")} placeholder={t("municipalVoucher.order.reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
      {problem && <Text role="alert" size="small" className="text-ui-fg-error">{problem}</Text>}
      <div className="flex justify-end">
        <Button type="submit" size="small" variant="secondary" isLoading={refund.isPending} disabled={!itemId || !amount}>
          {t("municipalVoucher.order.refund")}
        </Button>
      </div>
    </form>
  )
}
