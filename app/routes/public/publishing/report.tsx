import { getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { COMPLAINT_CATEGORIES, DISCRIMINATION_CATEGORIES, parseSubject } from "~/domain/reports";
import { getT } from "~/i18n/locale.server";
import { reportFormSchema } from "~/schemas/reports";
import {
  createReport,
  listReportableOrganisations,
  listReportingMunicipalities,
  resolveOrganisationName,
  UnknownMunicipalityError,
} from "~/services/reports.server";
import { getAuth } from "~/utils/auth.server";
import { allowFormPost } from "~/services/throttle.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const [organisations, municipalities] = await Promise.all([listReportableOrganisations(), listReportingMunicipalities()]);
  return {
    title: t("reports:title"),
    organisations: organisations.map((o) => o.name),
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: reportFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), reference: null }, { status: 400 });
  if (submission.value.website) {
    return data({ result: submission.reply({ fieldErrors: { website: ["reports:honeypot_filled"] } }), reference: null }, { status: 400 });
  }
  if (!(await allowFormPost("report", context.clientAddress))) return data({ result: submission.reply({ formErrors: ["reports:rate_limited"] }), reference: null }, { status: 429 });

  const value = submission.value;
  const auth = await getAuth(request);
  const { type, category } = parseSubject(value.subject);
  const organisation = await resolveOrganisationName(value.organisation);
  try {
    const { reference } = await createReport({
      type,
      category,
      description: value.description,
      municipalityId: value.municipalityId,
      ...organisation,
      contactName: value.contactName,
      contactEmail: value.contactEmail,
      contactPhone: value.contactPhone,
      studentId: auth?.actor.studentId ?? null,
    });
    return data({ result: submission.reply({ resetForm: true }), reference });
  } catch (error) {
    if (!(error instanceof UnknownMunicipalityError)) throw error;
    return data({ result: submission.reply({ fieldErrors: { municipalityId: ["forms:choose_option"] } }), reference: null }, { status: 400 });
  }
}

export default function ReportPage() {
  const { t } = useTranslation();
  const { organisations, municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "report",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { municipalityId: municipalities[0]?.id },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportFormSchema }),
  });

  if (actionData?.reference) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <h1>{t("reports:received_title")}</h1>
        <section className="card space-y-3" role="status" aria-labelledby="reference-h">
          <p>{t("reports:received_body")}</p>
          <h2 id="reference-h" className="text-base">
            {t("reports:reference_label")}
          </h2>
          <p className="font-mono text-2xl font-bold tracking-wider" data-testid="reference">
            {actionData.reference}
          </p>
          <p className="text-slate-700">{t("reports:reference_keep")}</p>
        </section>
        <p className="flex flex-wrap gap-4">
          <Link to="/melden/aanvullen">{t("reports:add_link")}</Link>
          <Link to="/melden">{t("reports:new_report")}</Link>
        </p>
      </div>
    );
  }

  const subject = fields.subject.initialValue;
  const groups = [
    { type: "discrimination", categories: DISCRIMINATION_CATEGORIES },
    { type: "complaint", categories: COMPLAINT_CATEGORIES },
  ] as const;
  const { key: orgKey, ...orgProps } = getInputProps(fields.organisation, { type: "text", ariaAttributes: false });
  const { key: hpKey, ...hpProps } = getInputProps(fields.website, { type: "text", ariaAttributes: false });
  return (
    <div className="mx-auto max-w-2xl">
      <h1>{t("reports:heading")}</h1>
      <p className="mt-2">{t("reports:intro")}</p>
      <p className="mt-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">{t("reports:anonymous")}</p>
      <p className="mt-4">
        <Link to="/melden/aanvullen">{t("reports:add_link")}</Link>
      </p>
      <PostForm form={form} className="mt-6 space-y-6">
        <fieldset className="card" aria-describedby={fields.subject.errors?.length ? fields.subject.errorId : undefined}>
          <legend className="px-1 text-lg font-semibold">{t("reports:subject_legend")}</legend>
          <div className="grid gap-6 sm:grid-cols-2">
            {groups.map((group) => (
              <fieldset key={group.type}>
                <legend className="label">{t(`reports:group.${group.type}`)}</legend>
                <div className="mt-2 space-y-2">
                  {group.categories.map((category) => {
                    const value = `${group.type}:${category}`;
                    return (
                      <label key={value} className="flex items-start gap-2">
                        <input type="radio" name={fields.subject.name} value={value} defaultChecked={subject === value} className="mt-1" />
                        <span>{t(`reports:category.${group.type}.${category}`)}</span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </div>
          <FieldErrors id={fields.subject.errorId} errors={fields.subject.errors} />
        </fieldset>
        <div className="card space-y-4">
          <div>
            <label htmlFor={fields.organisation.id} className="label">
              {t("reports:organisation")}
            </label>
            <input
              key={orgKey}
              {...orgProps}
              list="organisation-options"
              autoComplete="off"
              className="input"
              aria-invalid={fields.organisation.errors?.length ? true : undefined}
              aria-describedby={`${fields.organisation.id}-hint${fields.organisation.errors?.length ? ` ${fields.organisation.errorId}` : ""}`}
            />
            <datalist id="organisation-options">
              {organisations.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <p id={`${fields.organisation.id}-hint`} className="hint">
              {t("reports:organisation_hint")}
            </p>
            <FieldErrors id={fields.organisation.errorId} errors={fields.organisation.errors} />
          </div>
          <SelectField
            meta={fields.municipalityId}
            label={t("reports:municipality")}
            hint={t("reports:municipality_hint")}
            options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
            required
          />
          <TextAreaField meta={fields.description} label={t("reports:description")} hint={t("reports:description_hint")} rows={7} required />
        </div>
        <fieldset className="card space-y-4">
          <legend className="px-1 text-lg font-semibold">{t("reports:contact_legend")}</legend>
          <p className="hint">{t("reports:contact_hint")}</p>
          <TextField meta={fields.contactName} label={t("reports:contact_name")} autoComplete="name" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.contactEmail} label={t("reports:contact_email")} type="email" autoComplete="email" />
            <TextField meta={fields.contactPhone} label={t("reports:contact_phone")} type="tel" autoComplete="tel" />
          </div>
        </fieldset>
        {/* Honeypot: off-screen for sighted people, labelled for screen readers, filled only by bots. */}
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={fields.website.id}>{t("reports:honeypot")}</label>
          <input key={hpKey} {...hpProps} tabIndex={-1} autoComplete="off" aria-describedby={fields.website.errors?.length ? fields.website.errorId : undefined} />
        </div>
        <FieldErrors id={fields.website.errorId} errors={fields.website.errors} />
        <SubmitButton>{t("reports:submit")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
