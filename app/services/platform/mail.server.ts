import nodemailer from "nodemailer";
import type { Db, Tx } from "~/utils/db.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";

/** headers: extra message headers, such as List-Unsubscribe for a digest. */
export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };

/**
 * Queues an e-mail inside the caller's transaction: a decision and the message about
 * it are stored together, and the relay delivers it afterwards with retries.
 */
export function queueMail(tx: Tx | Db, mail: Mail) {
  return tx.outboundEmail.create({
    data: { to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers ? JSON.stringify(mail.headers) : null },
  });
}

const MAX_ATTEMPTS = 5;

let cachedTransport: { url: string; transport: nodemailer.Transporter } | undefined;
function transportFor(url: string) {
  if (cachedTransport?.url !== url) cachedTransport = { url, transport: nodemailer.createTransport(url) };
  return cachedTransport.transport;
}

/**
 * Relays queued mail. With SMTP_URL set it is delivered; without, it is kept in the
 * outbox and shown on the development mailbox page (/beheer/mailbox).
 */
export async function deliverQueuedMail({ smtpUrl = env.SMTP_URL, from = env.MAIL_FROM, limit = 50 } = {}) {
  const queued = await db.outboundEmail.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" }, take: limit });
  let sent = 0;
  let failed = 0;
  for (const mail of queued) {
    if (!smtpUrl) {
      await db.outboundEmail.update({ where: { id: mail.id }, data: { status: "kept" } });
      continue;
    }
    try {
      await transportFor(smtpUrl).sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: mail.headers ? (JSON.parse(mail.headers) as Record<string, string>) : undefined,
      });
      await db.outboundEmail.update({ where: { id: mail.id }, data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, error: null } });
      sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      await db.outboundEmail.update({
        where: { id: mail.id },
        data: { attempts, status: attempts >= MAX_ATTEMPTS ? "failed" : "queued", error: error instanceof Error ? error.message.slice(0, 500) : "unknown" },
      });
      failed++;
    }
  }
  return { processed: queued.length, sent, failed };
}

export function listMailbox(limit = 100) {
  return db.outboundEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
