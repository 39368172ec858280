import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SubmitButton, TextAreaField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { qualificationTermsSchema, sectorTermsSchema } from "~/schemas/search-vocabulary";
import { listSearchVocabulary, saveQualificationTerms, saveSectorTerms, UnknownQualificationError } from "~/search/search-vocabulary.server";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

const PATH = "/beheer/zoekwoorden";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  return { title: t("vocabulary:title"), ...(await listSearchVocabulary()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const auth = await requireAdmin(request);
  const { t, locale } = getT(request);
  const formData = await readFormData(request);
  if (requireIntent(formData, ["sector", "qualification"] as const) === "sector") {
    const submission = parseWithZod(formData, { schema: sectorTermsSchema });
    if (submission.status !== "success") return data({ formId: `sector-${String(formData.get("sector"))}`, result: submission.reply() }, { status: 400 });
    const { sector, terms } = submission.value;
    const saved = await saveSectorTerms(auth.user.id, sector, terms);
    const name = t(`common:sector.${sector}`);
    return redirectWithFlash(PATH, {
      type: "success",
      key: saved.changed ? "vocabulary:flash.saved" : "vocabulary:flash.unchanged",
      params: { name, count: saved.reindexed },
    });
  }
  const submission = parseWithZod(formData, { schema: qualificationTermsSchema });
  if (submission.status !== "success") {
    return data({ formId: `qualification-${String(formData.get("qualificationId"))}`, result: submission.reply() }, { status: 400 });
  }
  try {
    const saved = await saveQualificationTerms(auth.user.id, submission.value.qualificationId, submission.value.terms);
    const name = saved.qualification[locale === "en" ? "nameEn" : "nameNl"];
    return redirectWithFlash(PATH, {
      type: "success",
      key: saved.changed ? "vocabulary:flash.saved" : "vocabulary:flash.unchanged",
      params: { name, count: saved.reindexed },
    });
  } catch (error) {
    if (error instanceof UnknownQualificationError) notFound();
    throw error;
  }
}

function TermsForm({
  formId,
  intent,
  hidden,
  name,
  terms,
  lastResult,
}: {
  formId: string;
  intent: string;
  hidden: Record<string, string>;
  name: string;
  terms: string;
  lastResult: unknown;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: formId,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    lastResult: lastResult as any,
    defaultValue: { terms },
    shouldValidate: "onBlur",
    // A corrected list clears its error while typing, so the button does not move away on blur.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: intent === "sector" ? sectorTermsSchema : qualificationTermsSchema }),
  });
  return (
    <PostForm form={form} intent={intent} className="space-y-3">
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <TextAreaField meta={fields.terms} label={t("vocabulary:terms_label", { name })} hint={t("vocabulary:terms_hint")} rows={3} />
      <SubmitButton className="btn btn-secondary">{t("vocabulary:save_named", { name })}</SubmitButton>
    </PostForm>
  );
}

export default function SearchVocabulary() {
  const { t, i18n } = useTranslation();
  const { sectors, qualifications } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (formId: string) => (actionData?.formId === formId ? actionData.result : undefined);
  const qualificationName = (q: (typeof qualifications)[number]) => (i18n.language === "en" ? q.nameEn : q.nameNl);
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer">{t("vocabulary:back")}</Link>
      </p>
      <h1>{t("vocabulary:title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("vocabulary:intro")}</p>

      <section className="space-y-4" aria-labelledby="sectors-h">
        <h2 id="sectors-h">{t("vocabulary:sectors_heading")}</h2>
        {sectors.map((s) => (
          <div key={s.sector} className="card">
            {/* Keyed on the stored words, so a saved list replaces what was typed. */}
            <TermsForm
              key={s.terms}
              formId={`sector-${s.sector}`}
              intent="sector"
              hidden={{ sector: s.sector }}
              name={t(`common:sector.${s.sector}`)}
              terms={s.terms}
              lastResult={resultFor(`sector-${s.sector}`)}
            />
          </div>
        ))}
      </section>

      <section className="space-y-4" aria-labelledby="qualifications-h">
        <h2 id="qualifications-h">{t("vocabulary:qualifications_heading")}</h2>
        {qualifications.map((q) => (
          <div key={q.id} className="card space-y-2">
            <p className="hint">
              {t(`common:sector.${q.sector}`)}
              {q.crebo ? ` · ${t("vocabulary:crebo", { crebo: q.crebo })}` : null}
            </p>
            <TermsForm
              key={q.searchTerms}
              formId={`qualification-${q.id}`}
              intent="qualification"
              hidden={{ qualificationId: q.id }}
              name={qualificationName(q)}
              terms={q.searchTerms}
              lastResult={resultFor(`qualification-${q.id}`)}
            />
          </div>
        ))}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
