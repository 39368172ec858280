import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnonymousApplication } from "~/components/applications";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FieldErrors, PostForm, SubmitButton, TextAreaField } from "~/components/forms";
import { pseudonymFor } from "~/domain/anonymisation/display";
import { getT } from "~/i18n/locale.server";
import { applySchema } from "~/schemas/applications";
import {
  AlreadyAppliedError,
  getApplyContext,
  missingProfileFields,
  previewApplication,
  ProfileIncompleteError,
  submitApplication,
  verifyPreviewToken,
} from "~/services/applications/applying.server";
import { ApplicationNotFoundError } from "~/services/applications/applications-student.server";
import { qualificationNameIn } from "~/services/internships/qualification-names.server";
import { notFound, requireStudent } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const context = await getApplyContext(studentId, params.internshipId ?? "");
  if (!context) notFound();
  if (context.existingApplicationId) throw redirect(`/student/sollicitaties/${context.existingApplicationId}`);
  const { t } = getT(request);
  return {
    title: t("applications:apply.title", { title: context.internship.title }),
    internship: context.internship,
    skills: context.profile.skills,
    missing: missingProfileFields(context.profile),
  };
}

type Preview = ReturnType<typeof previewApplication>;

export async function action({ request, params }: ActionFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const internshipId = params.internshipId ?? "";
  const context = await getApplyContext(studentId, internshipId);
  if (!context) notFound();
  if (context.existingApplicationId) throw redirect(`/student/sollicitaties/${context.existingApplicationId}`);

  const submission = parseWithZod(await readFormData(request), { schema: applySchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), preview: null as Preview | null, changed: false }, { status: 400 });
  }
  if (missingProfileFields(context.profile).length > 0) {
    return data({ result: submission.reply({ formErrors: ["applications:errors.profile_incomplete"] }), preview: null, changed: false }, { status: 400 });
  }
  const { intent, motivation, skills, pseudonym, token } = submission.value;
  const input = { motivation, skills };
  const previewed = verifyPreviewToken(studentId, internshipId, pseudonym, token, input);

  if (intent === "send" && previewed && pseudonym) {
    try {
      const application = await submitApplication(studentId, internshipId, input, pseudonym);
      return redirectWithFlash(`/student/sollicitaties/${application.id}`, {
        type: "success",
        key: "applications:apply.sent",
        params: { pseudonym: pseudonymFor(application.pseudonym, getT(request).locale) },
      });
    } catch (error) {
      if (error instanceof AlreadyAppliedError) throw redirect(`/student/sollicitaties/${error.applicationId}`);
      if (error instanceof ApplicationNotFoundError) notFound();
      if (error instanceof ProfileIncompleteError) {
        return data({ result: submission.reply({ formErrors: ["applications:errors.profile_incomplete"] }), preview: null, changed: false }, { status: 400 });
      }
      throw error;
    }
  }
  // A preview, or a send whose text differs from what was previewed: show (again) exactly what the employer will see.
  const keepPseudonym = pseudonym && intent === "preview" && previewed ? pseudonym : undefined;
  const shown = previewApplication(studentId, internshipId, context.profile, input, keepPseudonym);
  const qualification = await qualificationNameIn(getT(request).locale);
  const preview = { ...shown, snapshot: { ...shown.snapshot, qualificationName: qualification(shown.snapshot.qualificationName) } };
  return data({ result: submission.reply(), preview, changed: intent === "send" });
}

export default function Apply() {
  const { t } = useTranslation();
  const { internship, skills, missing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const preview = actionData?.preview ?? null;
  const [form, fields] = useForm({
    id: "apply",
    lastResult: actionData?.result,
    defaultValue: { motivation: "", skills },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applySchema }),
  });
  const chosen = fields.skills.initialValue;
  const chosenList = Array.isArray(chosen) ? chosen : typeof chosen === "string" ? [chosen] : [];

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1>{t("applications:apply.heading")}</h1>
        <p className="mt-2 text-lg">
          <Link to={`/stages/${internship.id}`}>{internship.title}</Link> · {internship.organisation.name} · {internship.locationCity}
        </p>
      </div>
      <p className="text-slate-700">
        {t("applications:apply.intro")} <Link to="/student/zo-werkt-anoniem">{t("applications:apply.how_link")}</Link> ·{" "}
        <Link to="/privacy">{t("applications:apply.privacy_link")}</Link>
      </p>
      {missing.length > 0 ? (
        <div role="alert" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
          <p>{t("applications:apply.missing", { fields: missing.map((m) => t(`applications:apply.missing_field.${m}`)).join(", ") })}</p>
          <p className="mt-2">
            <Link to="/student/profiel">{t("applications:apply.to_profile")}</Link>
          </p>
        </div>
      ) : null}
      <PostForm form={form} className="space-y-6">
        <div className="card space-y-4">
          <TextAreaField
            meta={fields.motivation}
            label={t("applications:apply.motivation")}
            hint={t("applications:apply.motivation_hint")}
            rows={10}
            required
          />
          {skills.length > 0 ? (
            <fieldset aria-describedby="skills-hint">
              <legend className="label">{t("applications:apply.skills_legend")}</legend>
              <p id="skills-hint" className="hint">
                {t("applications:apply.skills_hint")}
              </p>
              <div className="mt-2 space-y-1">
                {skills.map((skill) => (
                  <label key={skill} className="flex items-center gap-2">
                    <input type="checkbox" name="skills" value={skill} defaultChecked={chosenList.includes(skill)} />
                    {skill}
                  </label>
                ))}
              </div>
              <FieldErrors id={fields.skills.errorId} errors={fields.skills.errors} />
            </fieldset>
          ) : (
            <p className="hint">{t("applications:apply.no_skills")}</p>
          )}
          <SubmitButton name="intent" value="preview" className={preview ? "btn-secondary" : "btn"}>
            {preview ? t("applications:apply.preview_again") : t("applications:apply.preview")}
          </SubmitButton>
        </div>
        {preview ? (
          <section className="card space-y-4 border-2 border-brand-700" aria-labelledby="preview-h">
            <h2 id="preview-h">{t("applications:apply.preview_title")}</h2>
            {actionData?.changed ? (
              <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-950">
                {t("applications:apply.changed")}
              </p>
            ) : null}
            <p className="text-slate-700">{t("applications:apply.preview_intro")}</p>
            <AnonymousApplication pseudonym={preview.pseudonym} snapshot={preview.snapshot} headingLevel={3} highlights={preview.identityHints} />
            {preview.identityHints.length > 0 ? (
              <div role="note" aria-labelledby="hints-h" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
                <h3 id="hints-h">{t("applications:apply.hints_title")}</h3>
                <p className="mt-2">{t("applications:apply.hints_intro")}</p>
                <ul className="mt-2 list-disc pl-6">
                  {preview.identityHints.map((h) => (
                    <li key={`${h.kind}-${h.start}`}>
                      {t("applications:apply.hints_item", { text: h.text, explain: t(`applications:apply.hints_explain.${h.kind}`) })}
                    </li>
                  ))}
                </ul>
                <p className="mt-2">{t("applications:apply.hints_edit")}</p>
              </div>
            ) : null}
            {preview.replacements.length > 0 ? (
              <div>
                <h3>{t("applications:apply.masked_title")}</h3>
                <ul className="mt-2 list-disc pl-6">
                  {preview.replacements.map((r, i) => (
                    <li key={`${r.kind}-${i}`}>
                      {t("applications:apply.masked_item", { original: r.original, kind: t(`applications:how.marker.${r.kind}`) })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>{t("applications:apply.masked_none")}</p>
            )}
            <input type="hidden" name="pseudonym" value={preview.pseudonym} />
            <input type="hidden" name="token" value={preview.token} />
            <p className="hint">{t("applications:apply.send_hint")}</p>
            <SubmitButton name="intent" value="send">
              {t("applications:apply.send")}
            </SubmitButton>
          </section>
        ) : null}
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
