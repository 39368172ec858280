import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnonymousApplication, HistoryList, StatusBadge } from "~/components/applications";
import { CONFIRMED, ConfirmPanel } from "~/components/confirm-panel";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { TravelHint } from "~/components/travel-hint";
import { ApplicationTransitionError } from "~/domain/applications";
import { travelHintFor } from "~/domain/pay-code";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { ApplicationNotFoundError, checkWithdrawal, getStudentApplication, withdrawApplication } from "~/services/applications/applications-student.server";
import { qualificationNameIn } from "~/services/internships/qualification-names.server";
import { notFound, requireStudent } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const application = await getStudentApplication(studentId, params.applicationId ?? "");
  if (!application) notFound();
  const { t, locale } = getT(request);
  const travelHint = travelHintFor(application.internship.travelHint, application.internship.monthlyAllowance, locale);
  const qualification = await qualificationNameIn(locale);
  return {
    title: t("applications:detail.title", { title: application.internship.title }),
    application: { ...application, qualificationName: qualification(application.qualificationName) },
    travelHint,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const id = params.applicationId ?? "";
  const form = await readFormData(request);
  requireIntent(form, ["withdraw"] as const);
  // Withdrawing cannot be undone: the first submit only asks the student to confirm.
  const confirmed = form.get("confirm") === CONFIRMED;
  try {
    if (!confirmed) {
      await checkWithdrawal(studentId, id);
      return { confirm: { intent: "withdraw" as const } };
    }
    await withdrawApplication(studentId, id);
  } catch (error) {
    if (error instanceof ApplicationNotFoundError) notFound();
    if (error instanceof ApplicationTransitionError) {
      return redirectWithFlash(`/student/sollicitaties/${id}`, { type: "error", key: "applications:errors.cannot_withdraw" });
    }
    throw error;
  }
  return redirectWithFlash(`/student/sollicitaties/${id}`, { type: "success", key: "applications:detail.withdrawn" });
}

export default function StudentApplication() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { application: a, travelHint } = useLoaderData<typeof loader>();
  const confirming = useActionData<typeof action>()?.confirm.intent === "withdraw" && a.canWithdraw;
  return (
    <div className="space-y-6">
      <div>
        <p>
          <Link to="/student/sollicitaties">{t("applications:detail.back")}</Link>
        </p>
        <h1 className="mt-2">{a.internship.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
          {a.organisation.name} · {t("applications:detail.submitted_on", { date: formatDate(a.submittedAt, locale) })} <StatusBadge status={a.status} />
        </p>
      </div>
      <section className="card" aria-labelledby="status-h">
        <h2 id="status-h">{t("applications:detail.status_title")}</h2>
        <p className="mt-2">{t(`applications:detail.status_explained.${a.status}`)}</p>
        {a.respondBy && (a.status === "submitted" || a.status === "in_review") ? (
          <p className="mt-2">{t("response:student_waiting", { date: formatDate(new Date(new Date(a.respondBy).getTime() - 1), locale) })}</p>
        ) : null}
        {a.status === "rejected" && a.rejectionReason ? (
          <p className="mt-2">
            <strong>{t("applications:detail.reason")}:</strong> {t(`applications:reason.${a.rejectionReason}`)}
            {a.rejectionText ? ` — ${a.rejectionText}` : ""}
          </p>
        ) : null}
        {a.organisation.contact ? (
          <div className="mt-3">
            <h3>{t("applications:detail.contact_title")}</h3>
            <p>
              {a.organisation.contact.name} · <a href={`mailto:${a.organisation.contact.email}`}>{a.organisation.contact.email}</a>
              {a.organisation.contact.phone ? ` · ${a.organisation.contact.phone}` : ""}
            </p>
          </div>
        ) : null}
        {a.retainUntil ? <p className="hint mt-3">{t("applications:detail.retain_until", { date: formatDate(a.retainUntil, locale) })}</p> : null}
        {confirming ? (
          <div className="mt-4">
            <ConfirmPanel
              id="confirm-withdraw"
              level={3}
              title={t("applications:detail.confirm_withdraw.title")}
              values={{ intent: "withdraw" }}
              confirmLabel={t("applications:detail.confirm_withdraw.submit")}
              cancelLabel={t("applications:detail.confirm_withdraw.cancel")}
              cancelTo={`/student/sollicitaties/${a.id}`}
              danger
            >
              <p>{t("applications:detail.confirm_withdraw.what", { title: a.internship.title, organisation: a.organisation.name })}</p>
              <p>
                <strong>{t("applications:detail.confirm_withdraw.final")}</strong>
              </p>
            </ConfirmPanel>
          </div>
        ) : a.canWithdraw ? (
          <Form method="post" className="mt-4">
            <input type="hidden" name="intent" value="withdraw" />
            <SubmitButton className="btn-danger">{t("applications:detail.withdraw")}</SubmitButton>
            <p className="hint">{t("applications:detail.withdraw_hint")}</p>
          </Form>
        ) : null}
      </section>
      {travelHint ? <TravelHint hint={travelHint} /> : null}
      {a.status === "closed_without_response" ? (
        <section className="card" aria-labelledby="unanswered-h">
          <h2 id="unanswered-h">{t("response:student_closed_title")}</h2>
          <p className="mt-2">
            {t("response:student_closed_body", {
              organisation: a.organisation.name,
              date: a.respondBy ? formatDate(new Date(new Date(a.respondBy).getTime() - 1), locale) : "—",
            })}
          </p>
          <p className="mt-2">{t("response:student_closed_next")}</p>
          <p className="mt-3 flex flex-wrap gap-3">
            <Link to="/stages" className="btn">
              {t("response:student_search")}
            </Link>
            <Link to="/melden" className="btn-secondary">
              {t("response:student_report")}
            </Link>
          </p>
        </section>
      ) : null}
      {a.status === "rejected" ? (
        <section className="card" aria-labelledby="report-h">
          <h2 id="report-h">{t("applications:detail.report_title")}</h2>
          {a.reports.length > 0 ? (
            <ul className="mt-2 space-y-1">
              {a.reports.map((r) => (
                <li key={r.id}>{t("applications:detail.reported", { date: formatDate(r.createdAt, locale), reference: r.reference })}</li>
              ))}
            </ul>
          ) : (
            <>
              <p className="mt-2">{t("applications:detail.report_body")}</p>
              <Link to={`/student/sollicitaties/${a.id}/discriminatie-melden`} className="btn mt-3">
                {t("applications:detail.report_cta")}
              </Link>
            </>
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-h">
        <h2 id="history-h">{t("applications:detail.history_title")}</h2>
        <div className="mt-3">
          <HistoryList history={a.history} viewer="student" />
        </div>
      </section>
      <section className="card" aria-labelledby="sent-h">
        <h2 id="sent-h">{t("applications:detail.sent_title")}</h2>
        <p className="hint">{t("applications:detail.sent_hint")}</p>
        <div className="mt-3">
          <AnonymousApplication
            pseudonym={a.pseudonym}
            headingLevel={3}
            snapshot={{
              qualificationName: a.qualificationName,
              crebo: null,
              level: a.level,
              schoolYear: a.schoolYear,
              availableFrom: a.availableFrom,
              availableHours: a.availableHours,
              skills: a.skills,
              motivationScrubbed: a.motivationScrubbed,
            }}
          />
        </div>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
