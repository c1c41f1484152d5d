import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CheckoutState } from "@/lib/data/checkout"
import type { Cart, Customer } from "@/lib/types"
import { FocusOnMount } from "../common/FocusOnMount"
import { CheckoutVouchers } from "../vouchers/CheckoutVouchers"
import { AddressForm, type AddressDefaults } from "./AddressForm"
import { CheckoutSteps } from "./CheckoutSteps"
import { CheckoutSummary } from "./CheckoutSummary"
import { LoginRequired } from "./LoginRequired"
import { PaymentForm } from "./PaymentForm"
import { ShippingForm } from "./ShippingForm"

/** Data already held is not asked again: the cart's address, else the account's. */
function addressDefaults(cart: Cart, customer: Customer): AddressDefaults {
  const saved = cart.billing_address?.address_1 ? cart.billing_address : customer.addresses?.[0]
  return {
    first_name: saved?.first_name || customer.first_name || "",
    last_name: saved?.last_name || customer.last_name || "",
    address_1: saved?.address_1 ?? "",
    postal_code: saved?.postal_code ?? "",
    city: saved?.city ?? "",
    province: saved?.province ?? "",
    phone: saved?.phone || customer.phone || "",
  }
}

export function CheckoutTemplate({ state }: { state: CheckoutState }) {
  const t = useTranslations("checkout")
  return (
    <div className="container py-4">
      <h1 className="mb-4">{t("title")}</h1>
      {state.kind === "empty" ? (
        <>
          <p className="lead">{t("empty")}</p>
          <Link href="/" className="btn btn-primary">{t("browse")}</Link>
        </>
      ) : (
        <div className="row">
          <div className="col-12 col-lg-8 mb-4">
            {state.kind === "login" ? (
              <LoginRequired />
            ) : (
              <>
                <CheckoutSteps steps={state.steps} current={state.step} />
                <h2 id="checkout-step-heading" tabIndex={-1} className="h3 mb-3">
                  {t("steps.item", { n: state.steps.indexOf(state.step) + 1, name: t(`steps.${state.step}`) })}
                </h2>
                <FocusOnMount key={state.step} targetId="checkout-step-heading" />
                {state.step === "indirizzo" ? <AddressForm defaults={addressDefaults(state.cart, state.customer)} email={state.customer.email} /> : null}
                {state.step === "spedizione" ? <ShippingForm options={state.shippingOptions} currency={state.cart.currency_code} /> : null}
                {state.step === "pagamento" ? (
                  <CheckoutVouchers vouchers={state.vouchers} split={state.split} eligible={state.eligible} currency={state.cart.currency_code} />
                ) : null}
                {state.step === "pagamento" ? <PaymentForm providers={state.providers} cardTotal={state.split?.card_total ?? state.cart.total} stripe={state.stripe} /> : null}
              </>
            )}
          </div>
          <div className="col-12 col-lg-4">
            <CheckoutSummary cart={state.cart} />
          </div>
        </div>
      )}
    </div>
  )
}
