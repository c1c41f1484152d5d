import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Locale } from "../../lib/messages"
import * as ledger from "./ledger"
import { Voucher } from "./models/voucher"
import { VoucherLedgerEntry } from "./models/voucher-ledger-entry"
import { VoucherScheme } from "./models/voucher-scheme"

type InjectedDependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/**
 * Schemes, vouchers and their ledger. Reads and scheme edits go through the generated
 * methods; anything that moves value goes through the ledger functions, each one
 * transaction with the voucher row locked.
 */
class MunicipalVoucherModuleService extends MedusaService({
  VoucherScheme,
  Voucher,
  VoucherLedgerEntry,
}) {
  protected readonly pg_: Knex

  constructor(container: InjectedDependencies, ...rest: unknown[]) {
    super(container, ...rest)
    this.pg_ = container[ContainerRegistrationKeys.PG_CONNECTION]
  }

  grantVouchers(inputs: ledger.GrantInput[], locale?: Locale) {
    return ledger.grant(this.pg_, inputs, locale)
  }

  revokeGrants(voucherIds: string[]) {
    return ledger.revokeGrants(this.pg_, voucherIds)
  }

  holdValue(input: ledger.HoldInput) {
    return ledger.hold(this.pg_, input)
  }

  /** The cart-completion hold: one standing hold per cart and voucher, however often completion is retried. */
  holdForReference(input: ledger.ReferenceHoldInput) {
    return ledger.holdForReference(this.pg_, input)
  }

  listOutstandingHolds(reference: string) {
    return ledger.outstandingHolds(this.pg_, reference)
  }

  listStaleHoldReferences(minutes: number) {
    return ledger.staleHoldReferences(this.pg_, minutes)
  }

  captureValue(input: ledger.SettleInput) {
    return ledger.capture(this.pg_, input)
  }

  releaseValue(input: ledger.SettleInput) {
    return ledger.release(this.pg_, input)
  }

  refundValue(input: ledger.RefundInput) {
    return ledger.refund(this.pg_, input)
  }

  reverseRefund(input: Parameters<typeof ledger.reverseRefund>[1]) {
    return ledger.reverseRefund(this.pg_, input)
  }

  adjustValue(input: ledger.AdjustInput) {
    return ledger.adjust(this.pg_, input)
  }

  /** Suspend (true) or reinstate (false) under the ledger's row lock. */
  setVoucherSuspended(id: string, suspended: boolean, locale?: Locale) {
    return ledger.setVoucherSuspended(this.pg_, id, suspended, locale)
  }

  restoreVoucherStatus(id: string, status: string) {
    return ledger.restoreVoucherStatus(this.pg_, id, status)
  }

  expireVoucher(voucherId: string) {
    return ledger.expire(this.pg_, voucherId)
  }
}

export default MunicipalVoucherModuleService
