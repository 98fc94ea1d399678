import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.js';

const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:checkin-1@frontline.local\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

describe('mailer over SMTP', () => {
  const received: { from: string; to: string[]; raw: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers the message with the .ics invite attached', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Frontline <noreply@example.com>',
      dir: null,
    });
    await mailer.send({
      to: 'mei@example.com',
      subject: 'Check-in scheduled',
      text: 'A check-in has been scheduled.',
      icalEvent: { filename: 'checkin.ics', content: ICS, method: 'REQUEST' },
    });
    expect(received).toHaveLength(1);
    const m = received[0]!;
    expect(m.from).toBe('noreply@example.com');
    expect(m.to).toEqual(['mei@example.com']);
    expect(m.raw).toMatch(/^Subject: Check-in scheduled$/m);
    expect(m.raw).toMatch(/^To: mei@example.com$/m);
    expect(m.raw).toMatch(
      /Content-Type: text\/calendar; charset=utf-8; method=REQUEST; ?\r?\n?\s*name=checkin.ics/,
    );
    expect(m.raw).toMatch(/Content-Disposition: attachment; filename=checkin.ics/);
    // The attachment decodes to the invite.
    const parts = m.raw.split(/\r?\n\r?\n/);
    const decoded = parts.map((p) => Buffer.from(p.replace(/\s+/g, ''), 'base64').toString('utf8'));
    expect(decoded.some((d) => d.includes('UID:checkin-1@frontline.local'))).toBe(true);
  });
});

describe('mailer without SMTP', () => {
  it('writes each message as an .eml file into the directory', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'frontline-mailer-'));
    const mailer = createMailer({ smtpUrl: null, from: 'noreply@example.com', dir });
    await mailer.send({ to: 'a@example.com', subject: 'One', text: 'first' });
    await mailer.send({ to: 'b@example.com', subject: 'Two', text: 'second' });
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(2);
    const all = files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(all).toContain('Subject: One');
    expect(all).toContain('To: b@example.com');
  });

  it('drops mail when neither SMTP nor a directory is configured', async () => {
    const mailer = createMailer({ smtpUrl: null, from: 'noreply@example.com', dir: null });
    await expect(mailer.send({ to: 'a@example.com', subject: 'x', text: 'y' })).resolves.toBeUndefined();
  });
});
