import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, SubmitButton, TextField } from "~/components/forms";
import { FREQUENCIES } from "~/domain/alerts";
import { useRootData } from "~/utils/root-data";
import { saveSearchSchema, subscribeSearchSchema } from "~/schemas/search-alert";

/** The form's own path: the search page has no action, so the form posts here and errors show on that page. */
export const SAVE_SEARCH_PATH = "/zoekopdracht/opslaan";

/**
 * "Save this search" under the results: a signed-in student names it and picks how
 * often; a visitor also gives an e-mail address and confirms it by mail.
 */
export function SearchAlertForm({ search, lastResult, open = false }: { search: string; lastResult?: SubmissionResult<string[]>; open?: boolean }) {
  const { t } = useTranslation();
  const student = useRootData()?.user?.roles.includes("student") ?? false;
  const schema = student ? saveSearchSchema : subscribeSearchSchema;
  const [form, fields] = useForm<{ name: string; frequency: string; email?: string; query: string }>({
    id: "search-alert",
    lastResult,
    shouldValidate: "onBlur",
    // An error goes as soon as it is fixed, not on blur: the button would move under the pointer.
    shouldRevalidate: "onInput",
    defaultValue: { frequency: "weekly" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const body = (
    <Form method="post" action={SAVE_SEARCH_PATH} {...getFormProps(form)} className="mt-3 space-y-4">
      <FormErrors id={form.errorId} errors={form.errors} />
      <p className="text-slate-700">{t(student ? "alerts:form.intro_student" : "alerts:form.intro_visitor")}</p>
      <input type="hidden" name="query" value={search} />
      <TextField meta={fields.name} label={t("alerts:form.name")} hint={t("alerts:form.name_hint")} required />
      {student ? null : <TextField meta={fields.email} label={t("alerts:form.email")} type="email" autoComplete="email" required />}
      {/* A select, not radios: React re-applies a radio's defaultChecked on every render and would undo the visitor's choice. */}
      <SelectField
        meta={fields.frequency}
        label={t("alerts:form.frequency")}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`alerts:frequency.${f}`) }))}
        required
      />
      <SubmitButton>{t(student ? "alerts:form.submit_student" : "alerts:form.submit_visitor")}</SubmitButton>
    </Form>
  );
  // On the search page the form folds away under its title; on its own page it is open.
  return open ? (
    <section className="card" aria-labelledby="search-alert-title">
      <h2 id="search-alert-title">{t("alerts:form.title")}</h2>
      {body}
    </section>
  ) : (
    <details className="card">
      <summary className="cursor-pointer font-semibold">{t("alerts:form.title")}</summary>
      {body}
    </details>
  );
}
