import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
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
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"

/**
 * For tests only: a card that needs the customer's action, as Stripe with 3-D Secure.
 * Authorization answers `requires_more` until the provider's webhook
 * (POST /hooks/payment/requires-action_test with { session_id, token, amount }) says the
 * customer confirmed; Medusa then completes the cart from the webhook.
 * A session created with data.outcome = "decline" is refused at authorization;
 * "refund_fails_once" fails its first refund. A webhook with confirm_only records the
 * confirmation without asking Medusa to complete the cart.
 */
const confirmed = new Set<string>()
const refundFailed = new Set<string>()

type SessionData = { token: string; outcome?: string; amount?: number }

const dataOf = (input: { data?: Record<string, unknown> }) => (input.data ?? {}) as SessionData

class RequiresActionProviderService extends AbstractPaymentProvider {
  static identifier = "requires-action"

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const token = randomUUID()
    const outcome = (input.data as { outcome?: string } | undefined)?.outcome
    return { id: token, data: { token, outcome, amount: Number(input.amount) } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = dataOf(input)
    if (data.outcome === "decline") {
      return { status: PaymentSessionStatus.ERROR, data }
    }
    if (!confirmed.has(data.token)) {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data }
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = dataOf(input)
    if (data.outcome === "refund_fails_once" && !refundFailed.has(data.token)) {
      refundFailed.add(data.token)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The card network refused the refund")
    }
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...input.data, amount: Number(input.amount) } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = dataOf(input)
    return { status: confirmed.has(data.token) ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.REQUIRES_MORE }
  }

  /** The customer confirmed: later authorizations succeed, and Medusa completes the cart. */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const body = payload.data as { session_id: string; token: string; amount: number; confirm_only?: boolean }
    confirmed.add(body.token)
    if (body.confirm_only) {
      // The customer confirmed, but this notification is not the one that completes the cart.
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    return { action: PaymentActions.AUTHORIZED, data: { session_id: body.session_id, amount: body.amount } }
  }
}

export default RequiresActionProviderService
