import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, RadioGroup, SubmitButton, TextAreaField } from "~/components/forms";
import { formatDate } from "~/i18n/config";
import { pseudonymFor } from "~/domain/anonymisation/display";
import { getLocale, getT } from "~/i18n/locale.server";
import { DISCRIMINATION_CATEGORIES } from "~/domain/reports";
import { discriminationReportSchema } from "~/schemas/applications";
import { ApplicationNotFoundError } from "~/services/applications/applications-student.server";
import { getReportableApplication, ReportNotAllowedError, reportDiscrimination } from "~/services/reports/student-report.server";
import { notFound, requireStudent } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const id = params.applicationId ?? "";
  const application = await getReportableApplication(studentId, id);
  if (!application) notFound();
  if (application.reports.length > 0) throw redirect(`/student/sollicitaties/${id}`);
  const { t, locale } = getT(request);
  return {
    title: t("applications:report.title"),
    application: {
      id: application.id,
      pseudonym: pseudonymFor(application.pseudonym, locale),
      internshipTitle: application.internship.title,
      organisationName: application.internship.organisation.name,
      municipalityName: application.internship.municipality.name,
    },
    prefill: t("applications:report.prefill", {
      pseudonym: pseudonymFor(application.pseudonym, locale),
      title: application.internship.title,
      organisation: application.internship.organisation.name,
      date: application.closedAt ? formatDate(application.closedAt, locale) : "",
      reason: application.rejectionReason ? t(`applications:reason.${application.rejectionReason}`) : "",
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const id = params.applicationId ?? "";
  const submission = parseWithZod(await readFormData(request), { schema: discriminationReportSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const report = await reportDiscrimination(studentId, id, { ...submission.value, language: getLocale(request) });
    return redirectWithFlash(`/student/sollicitaties/${id}`, { type: "success", key: "applications:report.sent", params: { reference: report.reference } });
  } catch (error) {
    if (error instanceof ReportNotAllowedError) throw redirect(`/student/sollicitaties/${id}`);
    if (error instanceof ApplicationNotFoundError) notFound();
    throw error;
  }
}

export default function ReportDiscrimination() {
  const { t } = useTranslation();
  const { application, prefill } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "report-discrimination",
    lastResult,
    defaultValue: { description: prefill },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: discriminationReportSchema }),
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to={`/student/sollicitaties/${application.id}`}>{t("applications:report.back")}</Link>
      </p>
      <h1>{t("applications:report.title")}</h1>
      <p className="text-slate-700">{t("applications:report.intro", { municipality: application.municipalityName })}</p>
      <dl className="card grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:report.organisation")}</dt>
          <dd>{application.organisationName}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:report.internship")}</dt>
          <dd>{application.internshipTitle}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:report.application")}</dt>
          <dd>{application.pseudonym}</dd>
        </div>
      </dl>
      <PostForm form={form} className="card space-y-4">
        <RadioGroup
          meta={fields.category}
          legend={t("applications:report.category")}
          options={DISCRIMINATION_CATEGORIES.map((c) => ({ value: c, label: t(`applications:report.categories.${c}`) }))}
        />
        <TextAreaField
          meta={fields.description}
          label={t("applications:report.description")}
          hint={t("applications:report.description_hint")}
          rows={6}
          required
        />
        <p className="hint">{t("applications:report.privacy")}</p>
        <SubmitButton>{t("applications:report.submit")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
