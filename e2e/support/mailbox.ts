import { expect } from "@playwright/test"

/** An e-mail as MailDev's REST API (GET /email) gives it. */
export type Mail = { id: string; subject: string; text: string; html: string; to: { address: string }[]; date: string }

function mailboxUrl(): string {
  const url = process.env.MAILBOX_URL
  if (!url) {
    throw new Error("MAILBOX_URL is not set: npm test starts a mailbox with the e2e stack (npm run demo prints its URL)")
  }
  return url.replace(/\/+$/, "")
}

/** Waits until an e-mail to `to` whose subject matches arrives in the stack's mailbox, and returns the newest. */
export async function waitForMail(to: string, subject: RegExp, timeout = 30_000): Promise<Mail> {
  let found: Mail | undefined
  await expect
    .poll(
      async () => {
        const response = await fetch(`${mailboxUrl()}/email`)
        const mails = (await response.json()) as Mail[]
        found = mails
          .filter((m) => m.to.some((a) => a.address.toLowerCase() === to.toLowerCase()) && subject.test(m.subject))
          .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0]
        return !!found
      },
      { timeout, message: `an e-mail to ${to} matching ${subject}` }
    )
    .toBe(true)
  return found!
}
