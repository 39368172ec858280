import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PostForm, RadioGroup, SelectField, SubmitButton, TextAreaField } from "~/components/forms";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ASSESSMENTS, AssessmentRequiredError, CaseTransitionError } from "~/domain/reports";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { assignSchema, caseSchemas, linkSchema, noteSchema, statusSchema, type CaseIntent } from "~/schemas/reports";
import {
  addCaseNote,
  assignCase,
  CaseNotFoundError,
  changeCaseStatus,
  getCase,
  linkCaseOrganisation,
  UnknownOfficerError,
  UnknownOrganisationError,
} from "~/services/reports/reports.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { notFound, requireOfficer } from "~/utils/auth.server";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "handle:report:municipality");
  const found = await getCase(municipalityId, params.id ?? "");
  if (!found) notFound();
  const { report, assessment, nextStatuses, officers, organisations } = found;
  const { t } = getT(request);
  return {
    title: t("oversight:case.title", { reference: report.reference }),
    report: {
      id: report.id,
      reference: report.reference,
      type: report.type,
      category: report.category,
      status: report.status,
      description: report.description,
      language: report.language,
      createdAt: report.createdAt.toISOString(),
      organisation: report.organisation,
      organisationText: report.organisationText,
      internship: report.internship?.title ?? null,
      application: report.application?.internship.title ?? null,
      fromApplication: report.application
        ? {
            submittedAt: report.application.submittedAt.toISOString(),
            invitedAt: report.application.invitedAt?.toISOString() ?? null,
            rejectedAt: report.application.status === "rejected" ? (report.application.closedAt?.toISOString() ?? null) : null,
            rejectionReason: report.application.rejectionReason,
            rejectionText: report.application.rejectionText,
          }
        : null,
      contact: { name: report.contactName, email: report.contactEmail, phone: report.contactPhone },
      assignedToId: report.assignedTo?.id ?? "",
      assessment: { value: assessment.value, at: assessment.at?.toISOString() ?? null, by: assessment.by },
      notes: report.notes.map((n) => ({
        id: n.id,
        source: n.source,
        author: n.author?.name ?? null,
        text: n.text,
        statusFrom: n.statusFrom,
        statusTo: n.statusTo,
        createdAt: n.createdAt.toISOString(),
      })),
    },
    nextStatuses,
    officers,
    organisations,
  };
}

type ActionResult = { intent: CaseIntent; result: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "handle:report:municipality");
  const id = params.id ?? "";
  const formData = await readFormData(request);
  // A fixed list, not `in caseSchemas`: "constructor" or "toString" are in every object.
  const caseIntent: CaseIntent = requireIntent(formData, ["assign", "note", "status", "link"] as const);
  const submission = parseWithZod(formData, { schema: caseSchemas[caseIntent] });
  const fail = (result: SubmissionResult<string[]>, status = 400) => data<ActionResult>({ intent: caseIntent, result }, { status });
  if (submission.status !== "success") return fail(submission.reply());
  const here = `/gemeente/meldingen/${id}`;
  try {
    const value = submission.value;
    switch (value.intent) {
      case "assign":
        await assignCase({ municipalityId, id, assigneeId: value.assigneeId, actorId: user.id });
        return redirectWithFlash(here, { type: "success", key: "oversight:case.assigned_flash" });
      case "note":
        await addCaseNote({ municipalityId, id, text: value.text, actorId: user.id });
        return redirectWithFlash(here, { type: "success", key: "oversight:case.noted_flash" });
      case "status":
        await changeCaseStatus({ municipalityId, id, to: value.status, assessment: value.assessment, note: value.note, actorId: user.id });
        return redirectWithFlash(here, { type: "success", key: "oversight:case.status_flash" });
      case "link":
        await linkCaseOrganisation({ municipalityId, id, organisationId: value.organisationId, actorId: user.id });
        return redirectWithFlash(here, { type: "success", key: "oversight:case.linked_flash" });
    }
  } catch (error) {
    if (error instanceof CaseNotFoundError) notFound();
    if (error instanceof UnknownOfficerError) return fail(submission.reply({ fieldErrors: { assigneeId: ["oversight:errors.unknown_officer"] } }));
    if (error instanceof UnknownOrganisationError) {
      return fail(submission.reply({ fieldErrors: { organisationId: ["oversight:errors.unknown_organisation"] } }));
    }
    if (error instanceof AssessmentRequiredError) return fail(submission.reply({ fieldErrors: { assessment: ["oversight:case.assessment_required"] } }));
    if (error instanceof CaseTransitionError) return fail(submission.reply({ fieldErrors: { status: ["oversight:case.invalid_transition"] } }), 409);
    throw error;
  }
}

function useIntentForm<S extends typeof assignSchema | typeof noteSchema | typeof statusSchema | typeof linkSchema>(
  intent: CaseIntent,
  schema: S,
  defaultValue?: Record<string, string>,
) {
  const actionData = useActionData<typeof action>();
  return useForm({
    id: `case-${intent}`,
    lastResult: actionData?.intent === intent ? actionData.result : undefined,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}

export default function CaseDetail() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { report, nextStatuses, officers, organisations } = useLoaderData<typeof loader>();
  const [assignForm, assignFields] = useIntentForm("assign", assignSchema, { assigneeId: report.assignedToId });
  const [noteForm, noteFields] = useIntentForm("note", noteSchema);
  const [statusForm, statusFields] = useIntentForm("status", statusSchema, { assessment: report.assessment.value });
  const [linkForm, linkFields] = useIntentForm("link", linkSchema, { organisationId: report.organisation?.id ?? "" });
  const hasContact = report.contact.name || report.contact.email || report.contact.phone;
  return (
    <div>
      <p>
        <Link to="/gemeente/meldingen">{t("oversight:case.back")}</Link>
      </p>
      <h1 className="mt-2">{t("oversight:case.title", { reference: report.reference })}</h1>
      <p className="mt-1 text-slate-700">
        {t(`reports:type.${report.type}`)}: {t(`reports:category.${report.type}.${report.category}`)} · {formatDate(report.createdAt, locale)} ·{" "}
        <strong>{t(`reports:status.${report.status}`)}</strong>
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section className="card space-y-3" aria-labelledby="details-h">
            <h2 id="details-h">{t("oversight:case.details")}</h2>
            <p>
              <strong>{t("oversight:cases.organisation")}:</strong> {report.organisation?.name ?? t("oversight:cases.unknown_organisation")}
            </p>
            {report.organisationText ? <p>{t("oversight:case.organisation_text", { text: report.organisationText })}</p> : null}
            {report.application ? <p>{t("oversight:case.application", { title: report.application })}</p> : null}
            {report.internship ? <p>{t("oversight:case.internship", { title: report.internship })}</p> : null}
            {report.fromApplication ? (
              <div className="rounded-md border border-slate-300 p-3">
                <h3>{t("response:case.title")}</h3>
                <p className="mt-1">{t("response:case.from_application")}</p>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t("response:case.applied")}</dt>
                  <dd>{formatDate(report.fromApplication.submittedAt, locale)}</dd>
                  {report.fromApplication.invitedAt ? (
                    <>
                      <dt className="font-semibold">{t("response:case.invited")}</dt>
                      <dd>{formatDate(report.fromApplication.invitedAt, locale)}</dd>
                    </>
                  ) : null}
                  {report.fromApplication.rejectedAt ? (
                    <>
                      <dt className="font-semibold">{t("response:case.rejected")}</dt>
                      <dd>{formatDate(report.fromApplication.rejectedAt, locale)}</dd>
                    </>
                  ) : null}
                  {report.fromApplication.rejectionReason ? (
                    <>
                      <dt className="font-semibold">{t("response:case.reason")}</dt>
                      <dd>{t(`applications:reason.${report.fromApplication.rejectionReason}`)}</dd>
                      <dt className="font-semibold">{t("response:case.explanation")}</dt>
                      <dd className="whitespace-pre-line">{report.fromApplication.rejectionText ?? t("response:case.no_explanation")}</dd>
                    </>
                  ) : null}
                </dl>
                <p className="hint mt-2">{t(hasContact ? "response:case.student_contactable" : "response:case.student_hidden")}</p>
              </div>
            ) : null}
            <h3>{t("oversight:case.description")}</h3>
            <p className="text-slate-700" data-testid="report-language">
              {t(`oversight:case.reported_in.${report.language}`)}
            </p>
            <p className="whitespace-pre-line" lang={report.language} dir="auto">
              {report.description}
            </p>
            <h3>{t("oversight:case.contact")}</h3>
            {hasContact ? (
              <ul>
                {[report.contact.name, report.contact.email, report.contact.phone].filter(Boolean).map((v) => (
                  <li key={v}>{v}</li>
                ))}
              </ul>
            ) : (
              <p>{t("oversight:case.no_contact")}</p>
            )}
          </section>
          <section className="card" aria-labelledby="history-h">
            <h2 id="history-h">{t("oversight:case.history")}</h2>
            {report.notes.length === 0 ? (
              <p className="mt-2">{t("oversight:case.no_notes")}</p>
            ) : (
              <ol className="mt-3 space-y-4">
                {report.notes.map((n) => (
                  <li key={n.id} className="border-l-4 border-slate-300 pl-3">
                    <p className="text-sm font-semibold text-slate-700">
                      {n.source === "reporter" ? t("oversight:case.note_by_reporter") : t("oversight:case.note_by_officer", { name: n.author ?? "—" })} ·{" "}
                      {formatDate(n.createdAt, locale)}
                    </p>
                    {n.statusTo ? (
                      <p className="text-sm">
                        {t("oversight:case.note_status", {
                          from: t(`reports:status.${n.statusFrom ?? "new"}`),
                          to: t(`reports:status.${n.statusTo}`),
                        })}
                      </p>
                    ) : null}
                    {n.text ? <p className="whitespace-pre-line">{n.text}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <div className="space-y-6">
          <section className="card" aria-labelledby="status-h">
            <h2 id="status-h">{t("oversight:case.status")}</h2>
            <p className="mt-2">
              <strong>{t("oversight:case.assessment_current")}:</strong> {t(`oversight:case.assessment_${report.assessment.value}`)}
              {report.assessment.at
                ? ` (${t("oversight:case.assessment_by", { name: report.assessment.by ?? "—", date: formatDate(report.assessment.at, locale) })})`
                : null}
            </p>
            {nextStatuses.length === 0 ? (
              <p className="mt-2">{t("oversight:case.status_final")}</p>
            ) : (
              <PostForm form={statusForm} intent="status" className="mt-3 space-y-3">
                <SelectField
                  meta={statusFields.status}
                  label={t("oversight:case.status_to")}
                  placeholder={t("forms:choose")}
                  options={nextStatuses.map((s) => ({ value: s, label: t(`reports:status.${s}`) }))}
                  required
                />
                <RadioGroup
                  meta={statusFields.assessment}
                  legend={t("oversight:case.assessment")}
                  hint={t("oversight:case.assessment_hint")}
                  options={ASSESSMENTS.map((a) => ({ value: a, label: t(`oversight:case.assessment_${a}`) }))}
                />
                <TextAreaField meta={statusFields.note} label={t("oversight:case.status_note")} rows={3} />
                <SubmitButton>{t("oversight:case.status_submit")}</SubmitButton>
              </PostForm>
            )}
          </section>
          <section className="card" aria-labelledby="assign-h">
            <h2 id="assign-h">{t("oversight:case.assign")}</h2>
            <PostForm form={assignForm} intent="assign" className="mt-3 space-y-3">
              <SelectField
                meta={assignFields.assigneeId}
                label={t("oversight:case.assign_to")}
                placeholder={t("forms:choose")}
                options={officers.map((o) => ({ value: o.id, label: o.name }))}
                required
              />
              <SubmitButton className="btn-secondary">{t("oversight:case.assign_submit")}</SubmitButton>
            </PostForm>
          </section>
          <section className="card" aria-labelledby="note-h">
            <h2 id="note-h">{t("oversight:case.note")}</h2>
            <PostForm form={noteForm} intent="note" className="mt-3 space-y-3">
              <TextAreaField meta={noteFields.text} label={t("oversight:case.note_text")} rows={4} required />
              <SubmitButton className="btn-secondary">{t("oversight:case.note_submit")}</SubmitButton>
            </PostForm>
          </section>
          <section className="card" aria-labelledby="link-h">
            <h2 id="link-h">{t("oversight:case.link")}</h2>
            <PostForm form={linkForm} intent="link" className="mt-3 space-y-3">
              <SelectField
                meta={linkFields.organisationId}
                label={t("oversight:case.link_organisation")}
                placeholder={t("forms:choose")}
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                required
              />
              <SubmitButton className="btn-secondary">{t("oversight:case.link_submit")}</SubmitButton>
            </PostForm>
          </section>
        </div>
      </div>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
