import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CONFIRMED, ConfirmPanel } from "~/components/confirm-panel";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, RadioGroup, SubmitButton } from "~/components/forms";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { consentSchema, deleteAccountSchema } from "~/schemas/applications";
import { getStudentProfile } from "~/services/students/student-profile.server";
import { deleteStudentAccount, setRetentionConsent } from "~/services/students/student-privacy.server";
import { notFound, requireStudent } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { clearSessionCookie } from "~/utils/session.server";
import { readFormData } from "~/utils/form.server";

const privacySchema = z.discriminatedUnion("intent", [consentSchema, deleteAccountSchema]);

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const student = await getStudentProfile(studentId);
  if (!student) notFound();
  const { t } = getT(request);
  return {
    title: t("applications:privacy.title"),
    retentionConsent: student.retentionConsent,
    retentionConsentAt: student.retentionConsentAt?.toISOString() ?? null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const submission = parseWithZod(await readFormData(request), { schema: privacySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (submission.value.intent === "consent") {
    await setRetentionConsent(studentId, submission.value.retentionConsent === "year");
    return redirectWithFlash("/student/privacy", { type: "success", key: "applications:privacy.consent_saved" });
  }
  // Deleting cannot be undone: the first submit only asks the student to confirm.
  if (submission.value.confirm !== CONFIRMED) return { confirm: { intent: "delete" as const } };
  await deleteStudentAccount(studentId);
  return redirectWithFlash("/", { type: "success", key: "applications:privacy.deleted" }, { headers: { "Set-Cookie": clearSessionCookie() } });
}

export default function Privacy() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { retentionConsent, retentionConsentAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirming = actionData !== undefined && "confirm" in actionData;
  const lastResult = actionData !== undefined && !("confirm" in actionData) ? actionData : undefined;
  const [consentForm, consentFields] = useForm({
    id: "retention-consent",
    lastResult: lastResult?.initialValue?.intent === "consent" ? lastResult : undefined,
    defaultValue: { intent: "consent", retentionConsent: retentionConsent ? "year" : "four_weeks" },
  });
  const [deleteForm] = useForm({
    id: "delete-account",
    lastResult: lastResult?.initialValue?.intent === "delete" ? lastResult : undefined,
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("applications:privacy.title")}</h1>
      <p className="text-slate-700">{t("applications:privacy.intro")}</p>

      <section className="card" aria-labelledby="export-h">
        <h2 id="export-h">{t("applications:privacy.export_title")}</h2>
        <p className="mt-2">{t("applications:privacy.export_body")}</p>
        <a href="/student/privacy/export" className="btn mt-3" download>
          {t("applications:privacy.export_cta")}
        </a>
      </section>

      <section className="card" aria-labelledby="consent-h">
        <h2 id="consent-h">{t("applications:privacy.consent_title")}</h2>
        <p className="mt-2">{t("applications:privacy.consent_body")}</p>
        {retentionConsentAt ? <p className="hint">{t("applications:privacy.consent_given", { date: formatDate(retentionConsentAt, locale) })}</p> : null}
        <PostForm form={consentForm} intent="consent" className="mt-4 space-y-4">
          <RadioGroup
            meta={consentFields.retentionConsent}
            legend={t("applications:privacy.consent_legend")}
            options={[
              { value: "four_weeks", label: t("applications:privacy.four_weeks"), description: t("applications:privacy.four_weeks_hint") },
              { value: "year", label: t("applications:privacy.year"), description: t("applications:privacy.year_hint") },
            ]}
          />
          <SubmitButton>{t("applications:privacy.consent_save")}</SubmitButton>
        </PostForm>
      </section>

      <section className="card border-red-300" aria-labelledby="delete-h">
        <h2 id="delete-h">{t("applications:privacy.delete_title")}</h2>
        <p className="mt-2">{t("applications:privacy.delete_body")}</p>
        {confirming ? (
          <div className="mt-4">
            <ConfirmPanel
              id="confirm-delete"
              level={3}
              title={t("applications:privacy.confirm_delete.title")}
              values={{ intent: "delete" }}
              confirmLabel={t("applications:privacy.confirm_delete.submit")}
              cancelLabel={t("applications:privacy.confirm_delete.cancel")}
              cancelTo="/student/privacy"
              danger
            >
              <ul className="list-disc space-y-1 pl-6">
                <li>{t("applications:privacy.confirm_delete.account")}</li>
                <li>{t("applications:privacy.confirm_delete.open")}</li>
                <li>{t("applications:privacy.confirm_delete.signed_out")}</li>
              </ul>
              <p>
                <strong>{t("applications:privacy.confirm_delete.final")}</strong>
              </p>
            </ConfirmPanel>
          </div>
        ) : (
          <PostForm form={deleteForm} intent="delete" className="mt-4">
            <SubmitButton className="btn-danger">{t("applications:privacy.delete_cta")}</SubmitButton>
          </PostForm>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
