import { getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, HoneypotField, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { ReportLanguageField, ReportLanguageNav, ReportPointProvider } from "~/components/report-point";
import { COMPLAINT_CATEGORIES, DISCRIMINATION_CATEGORIES, parseSubject } from "~/domain/reports";
import { getLocale } from "~/i18n/locale.server";
import { chooseReportLanguage, getReportPointI18n, REPORT_LANGUAGE_PARAM, reportPointHref, reportPointPage } from "~/i18n/report-point";
import { reportFormSchema } from "~/schemas/reports";
import {
  createReport,
  listReportableOrganisations,
  listReportingMunicipalities,
  resolveOrganisationName,
  UnknownMunicipalityError,
} from "~/services/reports/reports.server";
import { getAuth } from "~/utils/auth.server";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { readFormData } from "~/utils/form.server";
import { honeypotInputProps, spamCheck } from "~/utils/honeypot.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const language = chooseReportLanguage({ url: new URL(request.url), siteLocale: getLocale(request) });
  const { t } = getReportPointI18n(language);
  const [organisations, municipalities] = await Promise.all([listReportableOrganisations(), listReportingMunicipalities()]);
  return {
    ...reportPointPage(language),
    title: t("title"),
    honeypot: honeypotInputProps(),
    organisations: organisations.map((o) => o.name),
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const language = chooseReportLanguage({ url: new URL(request.url), formValue: formData.get(REPORT_LANGUAGE_PARAM), siteLocale: getLocale(request) });
  const submission = parseWithZod(formData, { schema: reportFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), reference: null }, { status: 400 });
  const spam = spamCheck(formData);
  if (spam) {
    // Fresh hidden inputs with the answer: the page is not loaded again after a refused post.
    const errors = spam === "filled" ? { fieldErrors: { website: ["reports:honeypot_filled"] } } : { formErrors: ["reports:form_expired"] };
    return data({ result: submission.reply(errors), reference: null, honeypot: honeypotInputProps() }, { status: 400 });
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
      language,
    });
    return data({ result: submission.reply({ resetForm: true }), reference });
  } catch (error) {
    if (!(error instanceof UnknownMunicipalityError)) throw error;
    return data({ result: submission.reply({ fieldErrors: { municipalityId: ["forms:choose_option"] } }), reference: null }, { status: 400 });
  }
}

export default function ReportPage() {
  const { reportPoint } = useLoaderData<typeof loader>();
  return (
    <ReportPointProvider language={reportPoint.language}>
      <ReportForm />
    </ReportPointProvider>
  );
}

function ReportForm() {
  const { t } = useTranslation();
  const { organisations, municipalities, reportPoint, honeypot } = useLoaderData<typeof loader>();
  const language = reportPoint.language;
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
        <ReportLanguageNav language={language} />
        <h1>{t("report-point:received_title")}</h1>
        <section className="card space-y-3" role="status" aria-labelledby="reference-h">
          <p>{t("report-point:received_body")}</p>
          <h2 id="reference-h" className="text-base">
            {t("report-point:reference_label")}
          </h2>
          <p className="font-mono text-2xl font-bold tracking-wider" dir="ltr" data-testid="reference">
            {actionData.reference}
          </p>
          <p className="text-slate-700">{t("report-point:reference_keep")}</p>
        </section>
        <p className="flex flex-wrap gap-4">
          <Link to={reportPointHref("/melden/aanvullen", language)}>{t("report-point:add_link")}</Link>
          <Link to={reportPointHref("/melden", language)}>{t("report-point:new_report")}</Link>
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
  return (
    <div className="mx-auto max-w-2xl">
      <ReportLanguageNav language={language} />
      <h1>{t("report-point:heading")}</h1>
      <p className="mt-2">{t("report-point:intro")}</p>
      <p className="mt-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">{t("report-point:anonymous")}</p>
      <p className="mt-4">
        <Link to={reportPointHref("/melden/aanvullen", language)}>{t("report-point:add_link")}</Link>
      </p>
      <PostForm form={form} className="mt-6 space-y-6">
        <ReportLanguageField language={language} />
        <fieldset className="card" aria-describedby={fields.subject.errors?.length ? fields.subject.errorId : undefined}>
          <legend className="px-1 text-lg font-semibold">{t("report-point:subject_legend")}</legend>
          <div className="grid gap-6 sm:grid-cols-2">
            {groups.map((group) => (
              <fieldset key={group.type}>
                <legend className="label">{t(`report-point:group.${group.type}`)}</legend>
                <div className="mt-2 space-y-2">
                  {group.categories.map((category) => {
                    const value = `${group.type}:${category}`;
                    return (
                      <label key={value} className="flex items-start gap-2">
                        <input type="radio" name={fields.subject.name} value={value} defaultChecked={subject === value} className="mt-1" />
                        <span>{t(`report-point:category.${group.type}.${category}`)}</span>
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
              {t("report-point:organisation")}
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
              {t("report-point:organisation_hint")}
            </p>
            <FieldErrors id={fields.organisation.errorId} errors={fields.organisation.errors} />
          </div>
          <SelectField
            meta={fields.municipalityId}
            label={t("report-point:municipality")}
            hint={t("report-point:municipality_hint")}
            options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
            required
          />
          <TextAreaField meta={fields.description} label={t("report-point:description")} hint={t("report-point:description_hint")} rows={7} required />
        </div>
        <fieldset className="card space-y-4">
          <legend className="px-1 text-lg font-semibold">{t("report-point:contact_legend")}</legend>
          <p className="hint">{t("report-point:contact_hint")}</p>
          <TextField meta={fields.contactName} label={t("report-point:contact_name")} autoComplete="name" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.contactEmail} label={t("report-point:contact_email")} type="email" autoComplete="email" />
            <TextField meta={fields.contactPhone} label={t("report-point:contact_phone")} type="tel" autoComplete="tel" />
          </div>
        </fieldset>
        <HoneypotField meta={fields.website} label={t("report-point:honeypot")} inputs={(actionData as { honeypot?: typeof honeypot } | undefined)?.honeypot ?? honeypot} />
        <SubmitButton>{t("report-point:submit")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
