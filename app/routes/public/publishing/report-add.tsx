import { getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, PostForm, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { addInformationSchema } from "~/schemas/reports";
import { addReporterInformation } from "~/services/reports.server";
import { allowFormPost } from "~/services/throttle.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  return { title: t("reports:add.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: addInformationSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), added: null }, { status: 400 });
  if (submission.value.website) {
    return data({ result: submission.reply({ fieldErrors: { website: ["reports:honeypot_filled"] } }), added: null }, { status: 400 });
  }
  // The limit also slows down anyone trying reference codes one after another.
  if (!(await allowFormPost("report-add", context.clientAddress))) return data({ result: submission.reply({ formErrors: ["reports:rate_limited"] }), added: null }, { status: 429 });
  const added = await addReporterInformation(submission.value.reference, submission.value.text);
  if (!added) return data({ result: submission.reply({ fieldErrors: { reference: ["reports:add.unknown_reference"] } }), added: null }, { status: 400 });
  return data({ result: submission.reply({ resetForm: true }), added });
}

export default function AddInformation() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "report-add",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addInformationSchema }),
  });
  const { key: hpKey, ...hpProps } = getInputProps(fields.website, { type: "text", ariaAttributes: false });
  const added = actionData?.added;
  return (
    <div className="mx-auto max-w-2xl">
      <h1>{t("reports:add.title")}</h1>
      {added ? (
        <section className="card mt-6" role="status" aria-labelledby="added-h">
          <h2 id="added-h">{t("reports:add.added_title")}</h2>
          <p className="mt-2">{t("reports:add.added_body", { reference: added.reference, status: t(`reports:status.${added.status}`) })}</p>
        </section>
      ) : null}
      <p className="mt-4">{t("reports:add.intro")}</p>
      <PostForm form={form} className="mt-6 space-y-6">
        <div className="card space-y-4">
          <TextField meta={fields.reference} label={t("reports:add.reference")} hint={t("reports:add.reference_hint")} autoComplete="off" required />
          <TextAreaField meta={fields.text} label={t("reports:add.text")} rows={6} required />
        </div>
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={fields.website.id}>{t("reports:honeypot")}</label>
          <input key={hpKey} {...hpProps} tabIndex={-1} autoComplete="off" />
        </div>
        <FieldErrors id={fields.website.errorId} errors={fields.website.errors} />
        <SubmitButton>{t("reports:add.submit")}</SubmitButton>
      </PostForm>
      <p className="mt-6">
        <Link to="/melden">{t("reports:new_report")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
