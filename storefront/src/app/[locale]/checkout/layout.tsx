import { setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { ClientMessages } from "@/modules/common/ClientMessages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// The forms of this section translate their labels and errors in the browser.
export default async function Layout({ children, params }: Props) {
  setRequestLocale((await params).locale)
  return <ClientMessages namespaces={["checkout", "account", "errors", "vouchers"]}>{children}</ClientMessages>
}
