import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

/** Citizens hear about an expiring voucher this many days before, once each. */
export const REMINDER_DAYS = [30, 7] as const
const DAY = 24 * 3600 * 1000

/** One reminder due: the voucher, the threshold reached (30 or 7) and the days actually left. */
export type ExpiryReminder = { id: string; threshold: number; days_left: number }

export const sendExpiryRemindersStepId = "send-expiry-reminders"

/**
 * Finds the vouchers with value left that expire within 30 and within 7 days and records
 * each threshold on the voucher, so it is due once; the workflow then emits
 * `municipal_voucher.expiring` for each (the notifications plugin writes to the citizen).
 * Not undone: the event is emitted only when the workflow succeeds.
 */
export const sendExpiryRemindersStep = createStep(
  sendExpiryRemindersStepId,
  async (input: { now: Date }, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const now = new Date(input.now).getTime()

    const soon = await service.listVouchers(
      { status: "active", valid_until: { $gt: new Date(now), $lte: new Date(now + REMINDER_DAYS[0] * DAY) } },
      { relations: ["scheme"], take: null }
    )
    const reminders: ExpiryReminder[] = []
    for (const voucher of soon) {
      const daysLeft = (new Date(voucher.valid_until).getTime() - now) / DAY
      const already = (voucher.reminders_sent ?? []) as string[]
      const due = REMINDER_DAYS.filter((d) => daysLeft <= d && !already.includes(String(d)))
      if (!due.length || Number(voucher.balance) <= 0) {
        continue
      }
      const threshold = Math.min(...due)
      reminders.push({ id: voucher.id, threshold, days_left: Math.ceil(daysLeft) })
      await service.updateVouchers({ id: voucher.id, reminders_sent: [...already, ...due.map(String)] })
    }
    return new StepResponse(reminders)
  }
)
