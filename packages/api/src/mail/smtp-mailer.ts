// Sending mail over SMTP with nodemailer. One transport per SMTP URL, reused; short timeouts
// so an SMTP server that is down fails the send quickly, and the row is due again later
// (notifications/mail-outbox.ts).
import nodemailer, { type Transporter } from 'nodemailer';

export type OutgoingMail = {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
};

export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

export const MAIL_FROM = 'Offerdesk <notifications@offerdesk.invalid>';

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export function smtpMailer(smtpUrl: string): Mailer {
  const transport = transportFor(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html || undefined,
        // The row's stable Message-ID: a resend after a crash is recognisably the same mail.
        messageId: mail.messageId,
      });
    },
    close() {
      transport.close();
      transports.delete(smtpUrl);
    },
  };
}
