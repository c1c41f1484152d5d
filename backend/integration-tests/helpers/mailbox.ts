import { AddressInfo } from "node:net"
import { ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string }

/**
 * A real SMTP server in the test process that keeps what it receives: the backend's SMTP
 * provider sends to it over TCP exactly as it would to the Ambito's mail server.
 */
export async function startMailbox() {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = ([] as { value: { address?: string }[] }[]).concat(mail.to ?? []).flatMap((a) => a.value)
          received.push({
            to: to.map((a) => a.address ?? ""),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          })
          done()
        })
        .catch(done)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    received,
    /** The mails to `to` so far, waiting up to `ms` for at least `count` of them. */
    async mailsTo(to: string, { count = 1, ms = 20000, subject }: { count?: number; ms?: number; subject?: RegExp } = {}) {
      const until = Date.now() + ms
      for (;;) {
        const mails = received.filter((m) => m.to.includes(to) && (!subject || subject.test(m.subject)))
        if (mails.length >= count || Date.now() > until) {
          return mails
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
