import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useTranslation } from "react-i18next";
import { PostForm, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { municipalitySchema } from "~/schemas/municipality";

/** Settings and districts of a municipality; the same form for a new one and an edit. */
export function MunicipalityForm({
  id,
  lastResult,
  defaultValue,
  submitLabel,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Record<string, string>;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: municipalitySchema }),
  });
  return (
    <PostForm form={form} intent="municipality" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField meta={fields.name} label={t("municipalities:fields.name")} required />
        <TextField meta={fields.slug} label={t("municipalities:fields.slug")} hint={t("municipalities:fields.slug_hint")} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          meta={fields.fullTimeHours}
          label={t("municipalities:fields.full_time")}
          hint={t("municipalities:fields.full_time_hint")}
          inputMode="numeric"
          required
        />
        <TextField
          meta={fields.gracePeriodDays}
          label={t("municipalities:fields.grace")}
          hint={t("municipalities:fields.grace_hint")}
          inputMode="numeric"
          required
        />
        <TextField
          meta={fields.resignPeriodDays}
          label={t("municipalities:fields.resign")}
          hint={t("municipalities:fields.resign_hint")}
          inputMode="numeric"
          required
        />
        <TextField
          meta={fields.responsePeriodDays}
          label={t("municipalities:fields.response")}
          hint={t("municipalities:fields.response_hint")}
          inputMode="numeric"
          required
        />
      </div>
      <TextAreaField meta={fields.districts} label={t("municipalities:fields.districts")} hint={t("municipalities:fields.districts_hint")} rows={6} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </PostForm>
  );
}
