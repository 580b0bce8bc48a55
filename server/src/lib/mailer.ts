import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export type Mail = { to: string; subject: string; text: string; html?: string | undefined };
export type Mailer = {
  send: (mail: Mail, idempotencyKey: string) => Promise<void>;
  close: () => void;
};

/**
 * SMTP when SMTP_URL is set; otherwise each message is written as `<key>.eml` under MAIL_DIR,
 * which developers open in any mail client and tests read back. The idempotency key is the
 * outbox id: sending the same row twice overwrites one file / reuses one Message-ID.
 */
export function createMailer(options: { smtpUrl: string; mailDir: string; from: string }): Mailer {
  if (options.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail, key) {
        await transport.sendMail({ ...mail, from: options.from, messageId: `<${key}@ketnoi>` });
      },
      close: () => transport.close(),
    };
  }
  const dir = resolve(process.cwd(), options.mailDir);
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    async send(mail, key) {
      const info = await transport.sendMail({
        ...mail,
        from: options.from,
        messageId: `<${key}@ketnoi>`,
      });
      await mkdir(dir, { recursive: true });
      await writeFile(resolve(dir, `${key}.eml`), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
