import { getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, PostForm, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { validateEvidenceFile } from "~/domain/keurmerk";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { fairHospitalitySchema } from "~/schemas/keurmerk";
import { applyFairHospitality, getEmployerKeurmerken, KeurmerkError } from "~/services/keurmerk/keurmerk.server";
import { can } from "~/utils/permissions";
import { notFound, requireEmployer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { parseApplicationForm } from "./evidence.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId, actor } = await requireEmployer(request);
  const overview = await getEmployerKeurmerken(organisationId, new Date());
  if (!overview) notFound();
  const { t } = getT(request);
  return {
    title: t("keurmerk:employer.title"),
    canApply: can(actor, "apply:keurmerk:own", { organisationId }),
    organisation: overview.organisation,
    fairHospitality: overview.fairHospitality,
    awards: overview.awards.map((a) => ({
      id: a.id,
      type: a.type,
      status: a.status === "awarded" && !a.active ? "expired" : a.status,
      validFrom: a.validFrom?.toISOString() ?? null,
      validUntil: a.validUntil?.toISOString() ?? null,
      registryNumber: a.registryNumber,
      reason: a.reason,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  // Applying is the owner's decision; the organisation is always the employer's own.
  const { organisationId, user } = await requireEmployer(request, "apply:keurmerk:own");
  const { formData, fileTooLarge } = await parseApplicationForm(request);
  const submission = parseWithZod(formData, { schema: fairHospitalitySchema });
  const file = formData.get("evidenceFile");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const fileError = fileTooLarge
    ? "keurmerk:errors.file_too_large"
    : upload
      ? validateEvidenceFile({ size: upload.size, type: upload.type, head: new Uint8Array(await upload.slice(0, 8).arrayBuffer()) })
      : null;
  const evidenceText = submission.status === "success" ? (submission.value.evidenceText ?? "") : "";
  const missingEvidence = submission.status === "success" && !evidenceText && !upload && !fileTooLarge;
  if (submission.status !== "success" || fileError || missingEvidence) {
    const fieldErrors: Record<string, string[]> = {};
    if (fileError) fieldErrors.evidenceFile = [fileError];
    if (missingEvidence) fieldErrors.evidenceText = ["keurmerk:errors.evidence_required"];
    return data(Object.keys(fieldErrors).length ? submission.reply({ fieldErrors }) : submission.reply(), { status: 400 });
  }
  try {
    await applyFairHospitality({
      organisationId,
      actorId: user.id,
      permanentShare: submission.value.permanentShare,
      caoWages: true,
      zeroHoursPhasedOutBy: submission.value.zeroHoursPhasedOutBy,
      evidenceText: evidenceText || null,
      evidenceFile: upload ? { name: upload.name, mime: upload.type, bytes: new Uint8Array(await upload.arrayBuffer()) } : null,
      now: new Date(),
    });
  } catch (error) {
    if (!(error instanceof KeurmerkError)) throw error;
    const key = error.code === "not_hospitality" ? "keurmerk:errors.not_hospitality" : "keurmerk:errors.already_pending";
    return data(submission.reply({ formErrors: [key] }), { status: 409 });
  }
  return redirectWithFlash("/werkgever/keurmerken", { type: "success", key: "keurmerk:employer.applied_flash" });
}

export default function EmployerKeurmerken() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { awards, fairHospitality, canApply, organisation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "fair-hospitality",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: fairHospitalitySchema }),
  });
  const { key: fileKey, ...fileProps } = getInputProps(fields.evidenceFile, { type: "file", ariaAttributes: false });
  return (
    <div className="space-y-6">
      <h1>
        {t("keurmerk:employer.title")} · {organisation.name}
      </h1>
      <p className="max-w-3xl text-slate-700">{t("keurmerk:employer.intro")}</p>
      <section className="card" aria-labelledby="current-h">
        <h2 id="current-h">{t("keurmerk:employer.current")}</h2>
        {awards.length === 0 ? (
          <p className="mt-2">{t("keurmerk:employer.none")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {awards.map((a) => (
              <li key={a.id} className="border-l-4 border-slate-300 pl-3">
                <p className="font-semibold">
                  {t(`keurmerk:type.${a.type}`)} — {t(`keurmerk:status.${a.status}`)}
                </p>
                {a.validFrom && a.validUntil ? (
                  <p>{t("keurmerk:employer.valid", { from: formatDate(a.validFrom, locale), until: formatDate(a.validUntil, locale) })}</p>
                ) : null}
                {a.status === "applied" ? <p>{t("keurmerk:employer.applied_on", { date: formatDate(a.createdAt, locale) })}</p> : null}
                {a.registryNumber ? <p>{t("keurmerk:employer.registry", { number: a.registryNumber })}</p> : null}
                {a.reason && a.status !== "awarded" ? <p>{t("keurmerk:employer.reason", { reason: a.reason })}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="hint mt-4">{t("keurmerk:employer.other_marks")}</p>
      </section>
      <section className="card" aria-labelledby="fh-h">
        <h2 id="fh-h">{t("keurmerk:employer.fh_title")}</h2>
        <p className="mt-2 text-slate-700">{t("keurmerk:employer.fh_intro")}</p>
        {fairHospitality === "not_hospitality" ? (
          <p className="mt-3">{t("keurmerk:employer.fh_not_hospitality")}</p>
        ) : fairHospitality === "pending" ? (
          <p className="mt-3">{t("keurmerk:employer.fh_pending")}</p>
        ) : fairHospitality === "active" ? (
          <p className="mt-3">{t("keurmerk:employer.fh_active")}</p>
        ) : !canApply ? (
          <p className="mt-3">{t("keurmerk:employer.fh_owner_only")}</p>
        ) : (
          <PostForm form={form} encType="multipart/form-data" className="mt-4 space-y-4">
            <TextField
              meta={fields.permanentShare}
              label={t("keurmerk:employer.permanent_share")}
              hint={t("keurmerk:employer.permanent_share_hint")}
              type="number"
              inputMode="numeric"
              required
            />
            <div>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name={fields.caoWages.name}
                  defaultChecked={fields.caoWages.initialValue === "on"}
                  className="mt-1"
                  aria-invalid={fields.caoWages.errors?.length ? true : undefined}
                  aria-describedby={fields.caoWages.errors?.length ? fields.caoWages.errorId : undefined}
                />
                <span>{t("keurmerk:employer.cao_wages")}</span>
              </label>
              <FieldErrors id={fields.caoWages.errorId} errors={fields.caoWages.errors} />
            </div>
            <TextField
              meta={fields.zeroHoursPhasedOutBy}
              label={t("keurmerk:employer.zero_hours_by")}
              hint={t("keurmerk:employer.zero_hours_hint")}
              type="date"
              required
            />
            <TextAreaField meta={fields.evidenceText} label={t("keurmerk:employer.evidence_text")} hint={t("keurmerk:employer.evidence_text_hint")} rows={5} />
            <div>
              <label htmlFor={fields.evidenceFile.id} className="label">
                {t("keurmerk:employer.evidence_file")}
              </label>
              <input
                key={fileKey}
                {...fileProps}
                accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
                className="input"
                aria-invalid={fields.evidenceFile.errors?.length ? true : undefined}
                aria-describedby={`${fields.evidenceFile.id}-hint${fields.evidenceFile.errors?.length ? ` ${fields.evidenceFile.errorId}` : ""}`}
              />
              <p id={`${fields.evidenceFile.id}-hint`} className="hint">
                {t("keurmerk:employer.evidence_file_hint")}
              </p>
              <FieldErrors id={fields.evidenceFile.errorId} errors={fields.evidenceFile.errors} />
            </div>
            <SubmitButton>{t("keurmerk:employer.submit")}</SubmitButton>
          </PostForm>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
