import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SendMailOptions, Transporter } from 'nodemailer';

/** Outgoing e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** An iCalendar (.ics) invite to attach. */
  icalEvent?: { filename: string; content: string; method?: 'REQUEST' | 'CANCEL' | 'PUBLISH' };
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** nodemailer's message options for one of ours: the invite both as a calendar part and as an attachment. */
export function toNodemailer(from: string, m: MailMessage): SendMailOptions {
  const method = m.icalEvent?.method ?? 'REQUEST';
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    ...(m.html ? { html: m.html } : {}),
    ...(m.icalEvent
      ? {
          icalEvent: { method, content: m.icalEvent.content },
          attachments: [
            {
              filename: m.icalEvent.filename,
              content: m.icalEvent.content,
              contentType: `text/calendar; charset=utf-8; method=${method}`,
            },
          ],
        }
      : {}),
  };
}

let fileSeq = 0;

/**
 * SMTP when `smtpUrl` is set; else each message is written as an .eml file into `dir`, so
 * development and the demo need no mail server; with neither, mail is dropped.
 */
export function createMailer(opts: { smtpUrl: string | null; from: string; dir: string | null }): Mailer {
  // nodemailer loads on the first message, not at every start (issue #19 item 6).
  const transportOf = (make: (nm: (typeof import('nodemailer'))['default']) => Transporter) => {
    let t: Promise<Transporter> | undefined;
    return () => (t ??= import('nodemailer').then((m) => make(m.default)));
  };
  if (opts.smtpUrl) {
    const smtpUrl = opts.smtpUrl;
    const transport = transportOf((nm) => nm.createTransport(smtpUrl));
    return {
      async send(m) {
        await (await transport()).sendMail(toNodemailer(opts.from, m));
      },
    };
  }
  const dir = opts.dir;
  if (dir) {
    const transport = transportOf((nm) =>
      nm.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
    );
    return {
      async send(m) {
        const info = await (await transport()).sendMail(toNodemailer(opts.from, m));
        await mkdir(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const name = `${stamp}-${process.pid}-${++fileSeq}.eml`;
        await writeFile(path.join(dir, name), info.message as Buffer);
      },
    };
  }
  return { send: async () => undefined };
}
