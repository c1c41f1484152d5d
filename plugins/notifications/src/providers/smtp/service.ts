import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { Transporter } from "nodemailer"

export type SmtpNotificationOptions = {
  /** smtp://user:pass@host:587 or smtps://…:465, as nodemailer reads it */
  url: string
  /** the sender, e.g. "TradateWelfare <noreply@tradatewelfare.example.org>" */
  from: string
}

/**
 * Sends the `email` channel over SMTP with nodemailer. The subject, HTML and text come
 * ready in the notification's content (rendered by the plugin's subscribers).
 */
export default class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly transporter: Transporter
  protected readonly from: string
  protected readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` (smtp:// or smtps://)")
    }
    if (typeof options.from !== "string" || !options.from.includes("@")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `from` (an e-mail address)")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.from = options.from
    this.transporter = nodemailer.createTransport(options.url)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || !(content.text || content.html)) {
      // A notification without content was not made by this platform's templates: refuse it
      // loudly rather than send an empty e-mail.
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail "${notification.template}" has no subject or body`)
    }
    const info = await this.transporter.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject: content.subject,
      text: content.text ?? undefined,
      html: content.html ?? undefined,
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        encoding: "base64",
        contentType: a.content_type,
      })),
    })
    this.logger.info(`E-mail "${notification.template}" sent (${info.messageId})`)
    return { id: info.messageId }
  }
}
