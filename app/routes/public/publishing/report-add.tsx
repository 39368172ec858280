import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HoneypotField, PostForm, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { ReportLanguageField, ReportLanguageNav, ReportPointProvider } from "~/components/report-point";
import { getLocale } from "~/i18n/locale.server";
import { chooseReportLanguage, getReportPointI18n, reportPointHref, reportPointPage } from "~/i18n/report-point";
import { addInformationSchema } from "~/schemas/reports";
import { addReporterInformation } from "~/services/reports/reports.server";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { readFormData } from "~/utils/form.server";
import { honeypotInputProps, spamCheck } from "~/utils/honeypot.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const language = chooseReportLanguage({ url: new URL(request.url), siteLocale: getLocale(request) });
  return { ...reportPointPage(language), title: getReportPointI18n(language).t("add.title"), honeypot: honeypotInputProps() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: addInformationSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), added: null }, { status: 400 });
  const spam = spamCheck(formData);
  if (spam) {
    // Fresh hidden inputs with the answer: the page is not loaded again after a refused post.
    const errors = spam === "filled" ? { fieldErrors: { website: ["reports:honeypot_filled"] } } : { formErrors: ["reports:form_expired"] };
    return data({ result: submission.reply(errors), added: null, honeypot: honeypotInputProps() }, { status: 400 });
  }
  // The limit also slows down anyone trying reference codes one after another.
  if (!(await allowFormPost("report-add", context.clientAddress))) return data({ result: submission.reply({ formErrors: ["reports:rate_limited"] }), added: null }, { status: 429 });
  const added = await addReporterInformation(submission.value.reference, submission.value.text);
  if (!added) return data({ result: submission.reply({ fieldErrors: { reference: ["reports:add.unknown_reference"] } }), added: null }, { status: 400 });
  return data({ result: submission.reply({ resetForm: true }), added });
}

export default function AddInformationPage() {
  const { reportPoint } = useLoaderData<typeof loader>();
  return (
    <ReportPointProvider language={reportPoint.language}>
      <AddInformation />
    </ReportPointProvider>
  );
}

function AddInformation() {
  const { t } = useTranslation();
  const { reportPoint, honeypot } = useLoaderData<typeof loader>();
  const language = reportPoint.language;
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "report-add",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addInformationSchema }),
  });
  const added = actionData?.added;
  return (
    <div className="mx-auto max-w-2xl">
      <ReportLanguageNav language={language} />
      <h1>{t("report-point:add.title")}</h1>
      {added ? (
        <section className="card mt-6" role="status" aria-labelledby="added-h">
          <h2 id="added-h">{t("report-point:add.added_title")}</h2>
          <p className="mt-2">{t("report-point:add.added_body", { reference: added.reference, status: t(`report-point:status.${added.status}`) })}</p>
        </section>
      ) : null}
      <p className="mt-4">{t("report-point:add.intro")}</p>
      <PostForm form={form} className="mt-6 space-y-6">
        <ReportLanguageField language={language} />
        <div className="card space-y-4">
          <TextField meta={fields.reference} label={t("report-point:add.reference")} hint={t("report-point:add.reference_hint")} autoComplete="off" required />
          <TextAreaField meta={fields.text} label={t("report-point:add.text")} rows={6} required />
        </div>
        <HoneypotField meta={fields.website} label={t("report-point:honeypot")} inputs={(actionData as { honeypot?: typeof honeypot } | undefined)?.honeypot ?? honeypot} />
        <SubmitButton>{t("report-point:add.submit")}</SubmitButton>
      </PostForm>
      <p className="mt-6">
        <Link to={reportPointHref("/melden", language)}>{t("report-point:new_report")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
