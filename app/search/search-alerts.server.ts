// Saved searches and e-mail alerts (issue 17): students save a search, visitors
// subscribe with double opt-in, and a job mails a digest of new internships.
import { createHmac, timingSafeEqual } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { DIGEST_LIMIT, type Frequency, digestWindow, inWindow, isDue, pendingCutoff, periodKey, searchHrefOf } from "~/domain/alerts";
import { parseSearchQuery, toSearchParams } from "~/search/query";
import { queueMail } from "~/services/platform/mail.server";
import { searchInternships } from "~/search/search.server";
import { mailLocale, serverT } from "~/i18n/server-i18n.server";
import { db } from "~/utils/db.server";
import { appUrl, sessionSecret } from "~/utils/env.server";

export type AlertPurpose = "confirm" | "unsubscribe";

/** A link token: an HMAC of the purpose and the alert id. Nothing secret is stored. */
export function alertToken(id: string, purpose: AlertPurpose): string {
  return createHmac("sha256", sessionSecret).update(`search-alert:${purpose}:${id}`).digest("base64url");
}

export function validAlertToken(id: string, purpose: AlertPurpose, token: string | null | undefined): boolean {
  if (!id || !token) return false;
  const expected = Buffer.from(alertToken(id, purpose));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const tokenQuery = (id: string, purpose: AlertPurpose) => new URLSearchParams({ id, token: alertToken(id, purpose) }).toString();
export const confirmUrl = (id: string) => `${appUrl()}/zoekopdracht/bevestigen?${tokenQuery(id, "confirm")}`;
export const unsubscribeUrl = (id: string) => `${appUrl()}/zoekopdracht/afmelden?${tokenQuery(id, "unsubscribe")}`;

/** The canonical URL parameters of a search, without its page: what an alert stores. */
export function canonicalQuery(raw: string): string {
  return toSearchParams(parseSearchQuery(new URLSearchParams(raw)), { page: false }).toString();
}

type NewAlert = { name: string; frequency: Frequency; query: string };

/** A signed-in student's saved search: active at once. */
export function saveStudentSearch(userId: string, input: NewAlert, locale: string, now = new Date()) {
  return db.searchAlert.create({
    data: {
      userId,
      name: input.name,
      query: canonicalQuery(input.query),
      frequency: input.frequency,
      locale: mailLocale(locale),
      status: "active",
      confirmedAt: now,
      createdAt: now,
    },
  });
}

/**
 * A visitor's subscription: stored as pending and confirmed through the link in the
 * mail. The caller answers the same whatever happens here, so the form does not tell
 * whether an address is already subscribed.
 */
export async function subscribeVisitor(input: NewAlert & { email: string }, locale: string, now = new Date()) {
  const query = canonicalQuery(input.query);
  const existing = await db.searchAlert.findFirst({ where: { email: input.email, query, status: { in: ["active", "paused"] } }, select: { id: true } });
  if (existing) return;
  const lang = mailLocale(locale);
  const t = await serverT(lang);
  await db.$transaction(async (tx) => {
    const alert = await tx.searchAlert.create({
      data: { email: input.email, name: input.name, query, frequency: input.frequency, locale: lang, status: "pending", createdAt: now },
    });
    await queueMail(tx, {
      to: input.email,
      subject: t("alerts:mail.confirm_subject", { lng: lang, name: input.name }),
      text: t("alerts:mail.confirm_body", {
        lng: lang,
        name: input.name,
        frequency: t(`alerts:frequency.${input.frequency}`, { lng: lang }),
        url: confirmUrl(alert.id),
        search: `${appUrl()}${searchHrefOf(query)}`,
      }),
    });
  });
}

/** Confirms a visitor's subscription; the same link again is fine. */
export async function confirmAlert(id: string, token: string | null, now = new Date()) {
  if (!validAlertToken(id, "confirm", token)) return null;
  const alert = await db.searchAlert.findUnique({ where: { id } });
  if (!alert) return null;
  if (alert.status !== "pending") return alert;
  return db.searchAlert.update({ where: { id }, data: { status: "active", confirmedAt: now } });
}

/** Finds the alert an unsubscribe link is for, or null when the link is not valid. */
export async function alertForUnsubscribe(id: string, token: string | null) {
  if (!validAlertToken(id, "unsubscribe", token)) return null;
  return db.searchAlert.findUnique({ where: { id }, select: { id: true, name: true } });
}

/** Unsubscribes (deletes the alert); false when the link is not valid. Twice is fine. */
export async function unsubscribeAlert(id: string, token: string | null): Promise<boolean> {
  if (!validAlertToken(id, "unsubscribe", token)) return false;
  await db.searchAlert.deleteMany({ where: { id } });
  return true;
}

// ---- The student's own list: every query is scoped to the user. ----

export function listUserAlerts(userId: string) {
  return db.searchAlert.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, query: true, frequency: true, status: true, createdAt: true, lastSentAt: true },
  });
}

export class AlertNotFoundError extends Error {}

async function changeOwn(userId: string, id: string, data: Prisma.SearchAlertUpdateManyMutationInput) {
  const { count } = await db.searchAlert.updateMany({ where: { id, userId }, data });
  if (count === 0) throw new AlertNotFoundError(id);
}

export const renameUserAlert = (userId: string, id: string, name: string) => changeOwn(userId, id, { name });
export const pauseUserAlert = (userId: string, id: string, paused: boolean) => changeOwn(userId, id, { status: paused ? "paused" : "active" });
export async function deleteUserAlert(userId: string, id: string) {
  const { count } = await db.searchAlert.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AlertNotFoundError(id);
}

// ---- The digest job. ----

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Sends one digest per due alert with the internships published since the previous
 * one (none when there is nothing new), and deletes week-old pending subscriptions.
 * The run row for (alert, period) is created in the same transaction as the mail, so
 * two servers running this at once send one digest.
 */
export async function runSearchAlertDigests(now: Date) {
  const { count: expired } = await db.searchAlert.deleteMany({ where: { status: "pending", createdAt: { lte: pendingCutoff(now) } } });
  let sent = 0;
  let empty = 0;
  let skipped = 0;
  for (const frequency of ["daily", "weekly"] as const) {
    const period = periodKey(frequency, now);
    const alerts = await db.searchAlert.findMany({
      where: { status: "active", frequency, confirmedAt: { not: null }, runs: { none: { period } } },
      include: { user: { select: { email: true, locale: true } } },
      orderBy: { createdAt: "asc" },
    });
    for (const alert of alerts) {
      if (!isDue(alert, now)) continue;
      const window = digestWindow(alert, alert.createdAt, now);
      const query = { ...parseSearchQuery(new URLSearchParams(alert.query)), sort: "newest" as const, page: 1 };
      const result = await searchInternships(query, { pageSize: DIGEST_LIMIT + 1, facets: false });
      const fresh = result.hits.filter((h) => inWindow(new Date(h.publishedAt), window));
      const to = alert.email ?? alert.user?.email;
      try {
        await db.$transaction(async (tx) => {
          await tx.searchAlertRun.create({ data: { alertId: alert.id, period, count: Math.min(fresh.length, DIGEST_LIMIT), createdAt: now } });
          if (fresh.length === 0 || !to) return;
          const lang = mailLocale(alert.user?.locale ?? alert.locale);
          const t = await serverT(lang);
          const unsubscribe = unsubscribeUrl(alert.id);
          const list = fresh
            .slice(0, DIGEST_LIMIT)
            .map((h) => `- ${h.title} · ${h.organisationName}, ${h.city}\n  ${appUrl()}/stages/${h.id}`)
            .join("\n");
          await queueMail(tx, {
            to,
            subject: t("alerts:mail.digest_subject", { lng: lang, name: alert.name, count: fresh.length > DIGEST_LIMIT ? DIGEST_LIMIT : fresh.length }),
            text: t(fresh.length > DIGEST_LIMIT ? "alerts:mail.digest_body_more" : "alerts:mail.digest_body", {
              lng: lang,
              name: alert.name,
              list,
              search: `${appUrl()}${searchHrefOf(alert.query)}`,
              manage: alert.userId ? `${appUrl()}/student/zoekopdrachten` : unsubscribe,
              unsubscribe,
            }),
            headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          });
          await tx.searchAlert.update({ where: { id: alert.id }, data: { lastSentAt: now } });
        });
        if (fresh.length > 0 && to) sent++;
        else empty++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        skipped++; // another server ran this alert for this period
      }
    }
  }
  return { sent, empty, skipped, expired };
}

/** The student's alerts for the data export. */
export function exportUserAlerts(userId: string) {
  return db.searchAlert.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { name: true, query: true, frequency: true, status: true, locale: true, createdAt: true, lastSentAt: true },
  });
}
