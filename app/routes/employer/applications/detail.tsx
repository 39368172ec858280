import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnonymousApplication, HistoryList, StatusBadge } from "~/components/applications";
import { DeadlineBadge } from "~/components/response";
import { CONFIRMED, ConfirmPanel } from "~/components/confirm-panel";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, SelectField, SubmitButton, TextAreaField } from "~/components/forms";
import { pseudonymFor } from "~/domain/anonymisation/display";
import { ApplicationTransitionError, REJECTION_REASONS } from "~/domain/applications";
import { dateTimeFormat, formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { decisionSchema } from "~/schemas/applications";
import { checkDecision, decideApplication, getApplicationForEmployer, type Decision } from "~/services/applications/applications-employer.server";
import { ApplicationNotFoundError } from "~/services/applications/applications-student.server";
import { qualificationNameIn } from "~/services/internships/qualification-names.server";
import { notFound, requireEmployer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "read:applications:own");
  const application = await getApplicationForEmployer(organisationId, params.applicationId ?? "");
  if (!application) notFound();
  const { t, locale } = getT(request);
  const qualification = await qualificationNameIn(locale);
  return {
    title: t("applications:employer.detail_title", { pseudonym: pseudonymFor(application.view.pseudonym, locale) }),
    ...application,
    view: { ...application.view, qualificationName: qualification(application.view.qualificationName) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organisationId, user } = await requireEmployer(request, "decide:application:own");
  const id = params.applicationId ?? "";
  const submission = parseWithZod(await readFormData(request), { schema: decisionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const value = submission.value;
  const decision: Decision =
    value.intent === "reject" ? { action: "reject", reason: value.reason, reasonText: value.reasonText ?? null } : { action: value.intent };
  // Inviting reveals the student's identity and rejecting closes the application: neither
  // happens before the employer has seen what it means and confirmed.
  const needsConfirmation = (value.intent === "invite" || value.intent === "reject") && value.confirm !== CONFIRMED;
  try {
    if (needsConfirmation) {
      await checkDecision(organisationId, id, decision);
      return {
        confirm:
          value.intent === "reject" ? { intent: "reject" as const, reason: value.reason, reasonText: value.reasonText ?? null } : { intent: "invite" as const },
      };
    }
    await decideApplication(organisationId, user.id, id, decision);
  } catch (error) {
    if (error instanceof ApplicationNotFoundError) notFound();
    if (error instanceof ApplicationTransitionError) {
      if (error.code === "rejection_text_required") {
        return data(submission.reply({ fieldErrors: { reasonText: ["applications:errors.reason_text_required"] } }), { status: 400 });
      }
      return data(submission.reply({ formErrors: ["applications:errors.transition"] }), { status: 400 });
    }
    throw error;
  }
  return redirectWithFlash(`/werkgever/sollicitaties/${id}`, { type: "success", key: `applications:employer.done.${value.intent}` });
}

function Identity({ view }: { view: Extract<ReturnType<typeof useLoaderData<typeof loader>>["view"], { revealed: true }> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const none = t("applications:fields.not_given");
  const rows: [string, string | null][] = [
    ["name", [view.firstName, view.tussenvoegsel, view.lastName].filter(Boolean).join(" ")],
    ["email", view.email],
    ["phone", view.phone],
    ["date_of_birth", view.dateOfBirth ? formatDate(view.dateOfBirth, locale) : null],
    ["address", [view.street, [view.postcode, view.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null],
    ["school", view.school],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt className="text-sm font-semibold text-slate-700">{t(`applications:employer.identity.${key}`)}</dt>
          <dd>{key === "email" && value ? <a href={`mailto:${value}`}>{value}</a> : (value ?? none)}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function EmployerApplication() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { view, internship, actions, history, reveals, rejectionReason, rejectionText, respondBy, overdue } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const lastResult = actionData && !("confirm" in actionData) ? actionData : undefined;
  const [rejectForm, rejectFields] = useForm({
    id: "reject",
    lastResult,
    // Validated on the server only: a client-side failure left the select unable to submit again.
  });
  const quick = actions.filter((a) => a !== "reject");
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/werkgever/sollicitaties/stage/${internship.id}`}>{t("applications:employer.back_internship", { title: internship.title })}</Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1>{view.revealed ? [view.firstName, view.tussenvoegsel, view.lastName].filter(Boolean).join(" ") : pseudonymFor(view.pseudonym, locale)}</h1>
        <StatusBadge status={view.status} />
        {view.status === "submitted" || view.status === "in_review" ? <DeadlineBadge respondBy={respondBy} overdue={overdue} /> : null}
      </div>
      <p className="text-slate-700">
        {internship.title} · {t("applications:employer.received_on", { date: formatDate(view.submittedAt, locale) })}
      </p>

      {view.revealed ? (
        <section className="card" aria-labelledby="identity-h">
          <h2 id="identity-h">{t("applications:employer.identity_title")}</h2>
          <p className="hint">{t("applications:employer.identity_hint")}</p>
          <div className="mt-3">
            <Identity view={view} />
          </div>
        </section>
      ) : (
        <p className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">{t("applications:employer.anonymous_note")}</p>
      )}

      {view.status === "rejected" && rejectionReason ? (
        <p className="card">
          <strong>{t("applications:detail.reason")}:</strong> {t(`applications:reason.${rejectionReason}`)}
          {rejectionText ? ` — ${rejectionText}` : ""}
        </p>
      ) : null}

      {confirm?.intent === "invite" && actions.includes("invite") ? (
        <ConfirmPanel
          id="confirm-invite"
          title={t("applications:employer.confirm_invite.title", { pseudonym: pseudonymFor(view.pseudonym, locale) })}
          values={{ intent: "invite" }}
          confirmLabel={t("applications:employer.confirm_invite.submit")}
          cancelLabel={t("applications:confirm_cancel")}
          cancelTo={`/werkgever/sollicitaties/${view.id}`}
        >
          <p>{t("applications:employer.confirm_invite.reveal")}</p>
          <p>{t("applications:employer.confirm_invite.logged")}</p>
          <p>
            <strong>{t("applications:employer.confirm_invite.final")}</strong>
          </p>
        </ConfirmPanel>
      ) : confirm?.intent === "reject" && actions.includes("reject") ? (
        <ConfirmPanel
          id="confirm-reject"
          title={t("applications:employer.confirm_reject.title", { pseudonym: pseudonymFor(view.pseudonym, locale) })}
          values={{ intent: "reject", reason: confirm.reason, reasonText: confirm.reasonText }}
          confirmLabel={t("applications:employer.confirm_reject.submit")}
          cancelLabel={t("applications:confirm_cancel")}
          cancelTo={`/werkgever/sollicitaties/${view.id}`}
          danger
        >
          <p>
            <strong>{t("applications:detail.reason")}:</strong> {t(`applications:reason.${confirm.reason}`)}
            {confirm.reasonText ? ` — ${confirm.reasonText}` : ""}
          </p>
          <p>{t("applications:employer.confirm_reject.told")}</p>
          <p>
            <strong>{t("applications:employer.confirm_reject.final")}</strong>
          </p>
        </ConfirmPanel>
      ) : actions.length > 0 ? (
        <section className="card space-y-4" aria-labelledby="decide-h">
          <h2 id="decide-h">{t("applications:employer.decide_title")}</h2>
          <FormErrors id={rejectForm.errorId} errors={rejectForm.errors} />
          <div className="flex flex-wrap gap-3">
            {quick.map((action) => (
              <Form method="post" key={action}>
                <input type="hidden" name="intent" value={action} />
                <SubmitButton className={action === "invite" ? "btn" : "btn-secondary"}>{t(`applications:employer.action.${action}`)}</SubmitButton>
              </Form>
            ))}
          </div>
          {actions.includes("invite") ? <p className="hint">{t("applications:employer.invite_hint")}</p> : null}
          {actions.includes("reject") ? (
            <Form method="post" {...getFormProps(rejectForm)} className="space-y-3 border-t border-slate-200 pt-4">
              <h3>{t("applications:employer.reject_title")}</h3>
              <input type="hidden" name="intent" value="reject" />
              <SelectField
                meta={rejectFields.reason}
                label={t("applications:employer.reject_reason")}
                placeholder={t("forms:choose")}
                options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`applications:reason.${r}`) }))}
                required
              />
              <TextAreaField
                meta={rejectFields.reasonText}
                label={t("applications:employer.reject_text")}
                hint={t("applications:employer.reject_text_hint")}
                rows={3}
              />
              <SubmitButton className="btn-danger">{t("applications:employer.action.reject")}</SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="application-h">
        <h2 id="application-h" className="sr-only">
          {t("applications:employer.application_title")}
        </h2>
        <AnonymousApplication pseudonym={view.pseudonym} headingLevel={3} snapshot={view} />
      </section>

      <section className="card" aria-labelledby="history-h">
        <h2 id="history-h">{t("applications:detail.history_title")}</h2>
        <div className="mt-3">
          <HistoryList history={history} viewer="employer" />
        </div>
        {reveals.length > 0 ? (
          <div className="mt-4">
            <h3>{t("applications:employer.audit_title")}</h3>
            <ul className="mt-2 list-disc pl-6">
              {reveals.map((r) => (
                <li key={r.id}>
                  {t("applications:employer.audit_reveal", {
                    date: dateTimeFormat(locale, {
                      dateStyle: "long",
                      timeStyle: "short",
                      timeZone: "Europe/Amsterdam",
                    }).format(new Date(r.at)),
                    name: r.by ?? t("applications:employer.audit_unknown"),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
