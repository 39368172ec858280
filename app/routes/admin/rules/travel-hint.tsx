import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { formatEuro, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { travelHintSchema } from "~/schemas/travel-hint";
import { listTravelHintsForAdmin, saveTravelHint, UnknownMunicipalityError } from "~/services/pay-code/travel-hint.server";
import { requireAdmin } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  return { title: t("rules:travel.title"), municipalities: await listTravelHintsForAdmin() };
}

export async function action({ request }: ActionFunctionArgs) {
  const auth = await requireAdmin(request);
  const formData = await readFormData(request);
  const municipalityId = String(formData.get("municipalityId") ?? "");
  const submission = parseWithZod(formData, { schema: travelHintSchema });
  if (submission.status !== "success") return data({ municipalityId, result: submission.reply() }, { status: 400 });
  try {
    const { intent: _intent, ...input } = submission.value;
    const saved = await saveTravelHint(auth.user.id, input);
    return redirectWithFlash("/beheer/reiskosten", { type: "success", key: "rules:travel.saved", params: { name: saved.municipalityName } });
  } catch (error) {
    if (error instanceof UnknownMunicipalityError) throw new Response("Bad Request", { status: 400 });
    throw error;
  }
}

type MunicipalityHint = Awaited<ReturnType<typeof loader>>["municipalities"][number];

function HintForm({ m, lastResult }: { m: MunicipalityHint; lastResult: unknown }) {
  const { t } = useTranslation();
  const h = m.travelCostHint;
  const [form, fields] = useForm({
    id: `travel-${m.id}`,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    lastResult: lastResult as any,
    defaultValue: h ? { textNl: h.textNl, textEn: h.textEn, url: h.url, allowanceThreshold: String(h.allowanceThreshold) } : undefined,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: travelHintSchema }),
  });
  return (
    <PostForm form={form} intent="travel-hint" className="space-y-3">
      <input type="hidden" name="municipalityId" value={m.id} />
      <TextAreaField meta={fields.textNl} label={t("rules:travel.text_nl")} hint={t("rules:travel.text_hint")} rows={4} required />
      <TextAreaField meta={fields.textEn} label={t("rules:travel.text_en")} hint={t("rules:travel.text_hint")} rows={4} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField meta={fields.url} type="url" label={t("rules:travel.url")} hint={t("rules:travel.url_hint")} required />
        <TextField meta={fields.allowanceThreshold} label={t("rules:travel.threshold")} hint={t("rules:travel.threshold_hint")} inputMode="numeric" required />
      </div>
      <SubmitButton>{t("rules:travel.save", { name: m.name })}</SubmitButton>
    </PostForm>
  );
}

export default function TravelHints() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer">{t("rules:back_admin")}</Link>
      </p>
      <h1>{t("rules:travel.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("rules:travel.intro")}</p>
      {municipalities.map((m) => (
        <section key={m.id} className="card space-y-4" aria-labelledby={`travel-h-${m.id}`}>
          <h2 id={`travel-h-${m.id}`}>{m.name}</h2>
          <p className="hint">
            {m.travelCostHint ? t("rules:travel.current", { amount: formatEuro(m.travelCostHint.allowanceThreshold, locale) }) : t("rules:travel.none")}
          </p>
          <HintForm m={m} lastResult={actionData?.municipalityId === m.id ? actionData.result : undefined} />
        </section>
      ))}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
