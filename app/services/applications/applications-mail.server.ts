import { pseudonymFor } from "~/domain/anonymisation/display";
import { travelHintFor, type TravelCostHint } from "~/domain/pay-code";
import { formatDate, isLocale, getI18n, type Locale } from "~/i18n/config";
import { queueMail } from "~/services/platform/mail.server";
import { contactLocaleOf } from "~/services/organisations/organisation-mail.server";
import type { Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";

// The notifications around an application. Mail to the organisation never holds
// anything that identifies the student: only the pseudonym and a link.

function tFor(locale: string) {
  return getI18n(isLocale(locale) ? locale : "nl").t;
}

const link = (path: string) => `${appUrl()}${path}`;

/** The language of the organisation's contact address, through the application (see organisation-mail.server.ts). */
async function organisationLocale(tx: Tx, applicationId: string): Promise<Locale> {
  const { internship } = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { internship: { select: { organisationId: true } } } });
  return contactLocaleOf(tx, internship.organisationId);
}

export async function mailOrganisationNewApplication(
  tx: Tx,
  input: { to: string; organisationName: string; internshipTitle: string; pseudonym: string; applicationId: string },
) {
  const locale = await organisationLocale(tx, input.applicationId);
  const { t } = getI18n(locale);
  const params = { ...input, pseudonym: pseudonymFor(input.pseudonym, locale), link: link(`/werkgever/sollicitaties/${input.applicationId}`) };
  return queueMail(tx, {
    to: input.to,
    subject: t("applications:mail.new_application.subject", params),
    text: t("applications:mail.new_application.text", params),
  });
}

type StudentMail = { to: string; locale: string; internshipTitle: string; organisationName: string; applicationId: string };

export function mailStudentReceived(tx: Tx, input: StudentMail & { pseudonym: string; travelHint?: TravelCostHint | null; monthlyAllowance?: number | null }) {
  const t = tFor(input.locale);
  const { travelHint: hint, monthlyAllowance, ...rest } = input;
  const params = { ...rest, pseudonym: pseudonymFor(rest.pseudonym, input.locale), link: link(`/student/sollicitaties/${input.applicationId}`) };
  // The confirmation repeats the travel-cost hint the internship page showed.
  const shown = monthlyAllowance === undefined ? null : travelHintFor(hint, monthlyAllowance, isLocale(input.locale) ? input.locale : "nl");
  const travel = shown ? `\n\n${t("travel:mail", { text: shown.text, url: shown.url })}` : "";
  return queueMail(tx, { to: input.to, subject: t("applications:mail.received.subject", params), text: t("applications:mail.received.text", params) + travel });
}

export function mailStudentInvited(tx: Tx, input: StudentMail & { contactName: string; contactEmail: string; contactPhone: string | null }) {
  const t = tFor(input.locale);
  const params = { ...input, contactPhone: input.contactPhone ?? "—", link: link(`/student/sollicitaties/${input.applicationId}`) };
  return queueMail(tx, { to: input.to, subject: t("applications:mail.invited.subject", params), text: t("applications:mail.invited.text", params) });
}

export function mailStudentRejected(tx: Tx, input: StudentMail & { reason: string; reasonText: string | null }) {
  const t = tFor(input.locale);
  const reason = t(`applications:reason.${input.reason}`) + (input.reasonText ? ` (${input.reasonText})` : "");
  const params = { ...input, reason, link: link(`/student/sollicitaties/${input.applicationId}`) };
  return queueMail(tx, { to: input.to, subject: t("applications:mail.rejected.subject", params), text: t("applications:mail.rejected.text", params) });
}

export function mailStudentAccepted(tx: Tx, input: StudentMail) {
  const t = tFor(input.locale);
  const params = { ...input, link: link(`/student/sollicitaties/${input.applicationId}`) };
  return queueMail(tx, { to: input.to, subject: t("applications:mail.accepted.subject", params), text: t("applications:mail.accepted.text", params) });
}

// Hearing back (DESIGN §3.3): the two reminders to the organisation and the student's notice.

export async function mailOrganisationResponseReminder(
  tx: Tx,
  input: {
    to: string;
    reminder: "half_time" | "deadline";
    organisationName: string;
    internshipTitle: string;
    pseudonym: string;
    applicationId: string;
    respondBy: Date;
    closeAt: Date;
  },
) {
  const locale = await organisationLocale(tx, input.applicationId);
  const { t } = getI18n(locale);
  const { respondBy, closeAt, reminder, ...rest } = input;
  const params = {
    ...rest,
    pseudonym: pseudonymFor(rest.pseudonym, locale),
    // The deadline is 00:00 of the day after the last working day: name that last day.
    date: formatDate(new Date(respondBy.getTime() - 1), locale),
    closeDate: formatDate(new Date(closeAt.getTime() - 1), locale),
    link: link(`/werkgever/sollicitaties/${input.applicationId}`),
  };
  return queueMail(tx, {
    to: input.to,
    subject: t(`response:mail.reminder_${reminder}_subject`, params),
    text: t(`response:mail.reminder_${reminder}_text`, params),
  });
}

export function mailStudentClosedWithoutResponse(tx: Tx, input: StudentMail) {
  const t = tFor(input.locale);
  const params = { ...input, link: link(`/student/sollicitaties/${input.applicationId}`), searchLink: link("/stages"), reportLink: link("/melden") };
  return queueMail(tx, { to: input.to, subject: t("response:mail.closed_subject", params), text: t("response:mail.closed_text", params) });
}
