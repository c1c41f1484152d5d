import {
  AbstractPaymentProvider,
  BigNumber,
  ContainerRegistrationKeys,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import * as ledger from "../../modules/municipal-voucher/ledger"
import { refuse } from "../../lib/errors"
import { capturedAmount, findSpendableVoucher, referenceSummary } from "./queries"

type InjectedDependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/** What the provider keeps on the payment session and payment. */
export type VoucherPaymentData = {
  voucher_id: string
  customer_id: string
  amount: number
  currency_code: string
  /** The payment session id: every ledger entry of this payment carries it. */
  reference: string
}

function amountOf(value: BigNumberInput): number {
  return new BigNumber(value).numeric
}

function dataOf(input: { data?: Record<string, unknown> }): VoucherPaymentData {
  const data = input.data as Partial<VoucherPaymentData> | undefined
  if (!data?.voucher_id || !data.reference) {
    refuse(MedusaError.Types.INVALID_DATA, "payment_session_invalid")
  }
  return data as VoucherPaymentData
}

/**
 * Pays with a citizen's municipal voucher: authorization holds the value, capture
 * commits it, cancel releases it and refund gives it back, all through the voucher
 * ledger, each keyed so that Medusa retrying a call never moves value twice.
 */
class MunicipalVoucherProviderService extends AbstractPaymentProvider {
  static identifier = "municipal-voucher"

  protected readonly pg_: Knex

  constructor(container: InjectedDependencies, options: Record<string, unknown>) {
    super(container, options)
    this.pg_ = container[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /** Checks the voucher is the citizen's own and spendable; the hold comes at authorization. */
  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const voucherId = (input.data as { voucher_id?: string } | undefined)?.voucher_id
    const customerId = input.context?.customer?.id
    const reference = input.context?.idempotency_key
    if (!voucherId || !customerId || !reference) {
      refuse(MedusaError.Types.INVALID_DATA, "payment_session_invalid")
    }
    await findSpendableVoucher(this.pg_, voucherId, customerId)
    const data: VoucherPaymentData = {
      voucher_id: voucherId,
      customer_id: customerId,
      amount: amountOf(input.amount),
      currency_code: input.currency_code,
      reference,
    }
    return { id: reference, status: PaymentSessionStatus.PENDING, data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = dataOf(input)
    return { status: PaymentSessionStatus.PENDING, data: { ...data, amount: amountOf(input.amount) } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = dataOf(input)
    const { replayed } = await ledger.hold(this.pg_, {
      voucher_id: data.voucher_id,
      customer_id: data.customer_id,
      amount: data.amount,
      reference: data.reference,
      idempotency_key: `hold:${data.reference}`,
    })
    if (replayed) {
      // A retried authorization is fine while its hold stands; a released one is not authorized.
      const summary = await referenceSummary(this.pg_, data.voucher_id, data.reference)
      if (summary.outstanding <= 0 && summary.captured <= 0) {
        refuse(MedusaError.Types.NOT_ALLOWED, "nothing_held")
      }
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }

  /**
   * Medusa records each capture (its amount, possibly part of the payment) and commits it before
   * calling here with the capture's id as idempotency key: the ledger captures that amount, once
   * per capture. Without a capture id, everything still held is captured under one shared key.
   */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = dataOf(input)
    const captureId = input.context?.idempotency_key
    const amount = captureId ? await capturedAmount(this.pg_, captureId) : undefined
    if (amount === undefined) {
      // Everything held, once: a retry finds the first capture's entry by the shared key.
      const summary = await referenceSummary(this.pg_, data.voucher_id, data.reference)
      if (summary.outstanding <= 0 && summary.captured > 0) {
        return { data }
      }
    }
    await ledger.capture(this.pg_, {
      voucher_id: data.voucher_id,
      reference: data.reference,
      amount,
      idempotency_key: amount === undefined ? `capture:${data.reference}` : `capture:${captureId}`,
    })
    return { data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = dataOf(input)
    await ledger.release(this.pg_, {
      voucher_id: data.voucher_id,
      reference: data.reference,
      idempotency_key: `release:${data.reference}`,
    })
    return { data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    if (!(input.data as Partial<VoucherPaymentData> | undefined)?.voucher_id) {
      return { data: input.data }
    }
    return this.cancelPayment(input)
  }

  /** Medusa passes the refund's id as the idempotency key: a retried refund is a replay. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = dataOf(input)
    const refundKey = input.context?.idempotency_key
    if (!refundKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A voucher refund needs an idempotency key")
    }
    await ledger.refund(this.pg_, {
      voucher_id: data.voucher_id,
      reference: data.reference,
      amount: amountOf(input.amount),
      idempotency_key: `refund:${refundKey}`,
    })
    return { data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const data = dataOf(input)
    return { data: { ...data, ledger: await referenceSummary(this.pg_, data.voucher_id, data.reference) } }
  }

  /** Read from the ledger, so the status is what actually happened to the value. */
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = dataOf(input)
    const summary = await referenceSummary(this.pg_, data.voucher_id, data.reference)
    const status =
      summary.captured > 0
        ? PaymentSessionStatus.CAPTURED
        : summary.outstanding > 0
          ? PaymentSessionStatus.AUTHORIZED
          : summary.released > 0
            ? PaymentSessionStatus.CANCELED
            : PaymentSessionStatus.PENDING
    return { status, data }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default MunicipalVoucherProviderService
