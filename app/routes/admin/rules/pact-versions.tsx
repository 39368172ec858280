import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { pactVersionSchema, splitLines } from "~/schemas/pact";
import { createPactVersion, listPactVersions, PactVersionDateError } from "~/services/pact/pact-versions.server";
import { requireAdmin } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  const municipalities = await listPactVersions();
  // The form starts from the newest version of the first municipality, so an admin edits rather than retypes.
  const template = municipalities[0]?.pactVersions[0];
  return {
    title: t("rules:pact.title"),
    municipalities: municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      versions: m.pactVersions.map((v) => ({
        id: v.id,
        version: v.version,
        titleNl: v.titleNl,
        titleEn: v.titleEn,
        validFrom: v.validFrom.toISOString(),
        validUntil: v.validUntil?.toISOString() ?? null,
        signatures: v._count.signatures,
        commitments: v.commitments.map((c) => ({ id: c.id, nl: c.textNl, en: c.textEn })),
      })),
    })),
    defaultValue: template
      ? {
          municipalityId: municipalities[0].id,
          titleNl: template.titleNl,
          titleEn: template.titleEn,
          textNl: template.textNl,
          textEn: template.textEn,
          commitmentsNl: template.commitments.map((c) => c.textNl).join("\n"),
          commitmentsEn: template.commitments.map((c) => c.textEn).join("\n"),
          validFrom: undefined as string | undefined,
        }
      : undefined,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const auth = await requireAdmin(request);
  const submission = parseWithZod(await readFormData(request), { schema: pactVersionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const v = submission.value;
  try {
    const version = await createPactVersion(auth.user.id, {
      ...v,
      commitmentsNl: splitLines(v.commitmentsNl),
      commitmentsEn: splitLines(v.commitmentsEn),
    });
    return redirectWithFlash("/beheer/stagepact", { type: "success", key: "rules:flash.pact_created", params: { version: version.version } });
  } catch (error) {
    if (error instanceof PactVersionDateError) return data(submission.reply({ fieldErrors: { validFrom: ["rules:errors.date_not_after"] } }), { status: 400 });
    throw error;
  }
}

export default function PactVersions() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { municipalities, defaultValue } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "pact-version",
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: pactVersionSchema }),
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer">{t("rules:back_admin")}</Link>
      </p>
      <h1>{t("rules:pact.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("rules:pact.intro")}</p>
      {municipalities.map((m) => (
        <section key={m.id} className="card space-y-3" aria-labelledby={`pm-${m.id}`}>
          <h2 id={`pm-${m.id}`}>{m.name}</h2>
          {m.versions.map((v) => (
            <details key={v.id} className="rounded border border-slate-300 p-3">
              <summary className="cursor-pointer font-semibold">
                {t("rules:pact.version_summary", {
                  version: v.version,
                  title: locale === "en" ? v.titleEn : v.titleNl,
                  from: formatDate(v.validFrom, locale),
                  until: v.validUntil ? formatDate(v.validUntil, locale) : t("rules:pact.open_ended"),
                  count: v.signatures,
                })}
              </summary>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {v.commitments.map((c) => (
                  <li key={c.id}>{locale === "en" ? c.en : c.nl}</li>
                ))}
              </ol>
            </details>
          ))}
        </section>
      ))}
      <section className="card space-y-4" aria-labelledby="new-pact-h">
        <h2 id="new-pact-h">{t("rules:pact.new_heading")}</h2>
        <p className="hint">{t("rules:pact.new_hint")}</p>
        <PostForm form={form} className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              meta={fields.municipalityId}
              label={t("rules:pay.municipality")}
              options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
              required
            />
            <TextField meta={fields.validFrom} type="date" label={t("rules:pay.valid_from_label")} required />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.titleNl} label={t("rules:pact.title_nl")} required />
            <TextField meta={fields.titleEn} label={t("rules:pact.title_en")} required />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextAreaField meta={fields.textNl} label={t("rules:pact.text_nl")} rows={8} required />
            <TextAreaField meta={fields.textEn} label={t("rules:pact.text_en")} rows={8} required />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextAreaField meta={fields.commitmentsNl} label={t("rules:pact.commitments_nl")} hint={t("rules:pact.commitments_hint")} rows={8} required />
            <TextAreaField meta={fields.commitmentsEn} label={t("rules:pact.commitments_en")} hint={t("rules:pact.commitments_hint")} rows={8} required />
          </div>
          <SubmitButton>{t("rules:pact.create")}</SubmitButton>
        </PostForm>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
