import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

/** Citizens hear about an expiring voucher this many days before, once each. */
export const REMINDER_DAYS = [30, 7] as const
const DAY = 24 * 3600 * 1000

export const sendExpiryRemindersStepId = "send-expiry-reminders"

/**
 * Notifies citizens whose vouchers with value left expire within 30 and within 7 days,
 * once per threshold: the threshold is recorded on the voucher and the notification
 * carries an idempotency key. Not undone: a sent notice cannot be unsent.
 */
export const sendExpiryRemindersStep = createStep(
  sendExpiryRemindersStepId,
  async (input: { now: Date }, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const now = new Date(input.now).getTime()

    const soon = await service.listVouchers(
      { status: "active", valid_until: { $gt: new Date(now), $lte: new Date(now + REMINDER_DAYS[0] * DAY) } },
      { relations: ["scheme"], take: null }
    )
    const sent: string[] = []
    for (const voucher of soon) {
      const daysLeft = (new Date(voucher.valid_until).getTime() - now) / DAY
      const already = (voucher.reminders_sent ?? []) as string[]
      const due = REMINDER_DAYS.filter((d) => daysLeft <= d && !already.includes(String(d)))
      if (!due.length || Number(voucher.balance) <= 0) {
        continue
      }
      const threshold = Math.min(...due)
      const { data: customers } = await query.graph({
        entity: "customer",
        fields: ["email", "first_name"],
        filters: { id: voucher.customer_id },
      })
      const customer = customers[0] as { email?: string; first_name?: string } | undefined
      if (customer?.email) {
        await notifications.createNotifications({
          to: customer.email,
          channel: "email",
          template: "voucher-expiry-reminder",
          idempotency_key: `voucher-reminder:${voucher.id}:${threshold}`,
          data: {
            first_name: customer.first_name,
            scheme: voucher.scheme.name,
            balance: Number(voucher.balance),
            valid_until: voucher.valid_until,
            days_left: Math.ceil(daysLeft),
          },
        })
      }
      await service.updateVouchers({ id: voucher.id, reminders_sent: [...already, ...due.map(String)] })
      sent.push(voucher.id)
    }
    return new StepResponse(sent)
  }
)
