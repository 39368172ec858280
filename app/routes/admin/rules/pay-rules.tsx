import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SelectField, SubmitButton, TextField } from "~/components/forms";
import { formatDate, formatRuleAmount, type Locale } from "~/i18n/config";
import { PAY_RULE_KINDS, ruleAmount } from "~/domain/pay-code";
import { getT } from "~/i18n/locale.server";
import { municipalitySettingsSchema, payRuleSchema } from "~/schemas/pay-rules";
import { createPayRule, listRulesForAdmin, recheckPublishedInternships, RuleDateError, updateMunicipalitySettings } from "~/services/pay-code/pay-rules.server";
import { requireAdmin } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  const municipalities = await listRulesForAdmin();
  const now = Date.now();
  return {
    title: t("rules:pay.title"),
    municipalities: municipalities.map((m) => ({
      ...m,
      payRules: m.payRules.map((r) => ({
        id: r.id,
        kind: r.kind,
        monthlyMinimum: r.monthlyMinimum,
        hourlyMinimumCents: r.hourlyMinimumCents,
        version: r.version,
        validFrom: r.validFrom.toISOString(),
        validUntil: r.validUntil?.toISOString() ?? null,
        inForce: r.validFrom.getTime() <= now && (r.validUntil === null || now < r.validUntil.getTime()),
        note: r.note,
      })),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const auth = await requireAdmin(request);
  const formData = await readFormData(request);
  const intent = requireIntent(formData, ["recheck", "settings", "rule"] as const);
  const now = new Date();
  if (intent === "recheck") {
    const summary = await recheckPublishedInternships(now);
    return redirectWithFlash("/beheer/regels", { type: "success", key: "rules:flash.rechecked", params: summary });
  }
  if (intent === "settings") {
    const submission = parseWithZod(formData, { schema: municipalitySettingsSchema });
    if (submission.status !== "success") return data({ form: "settings", result: submission.reply() }, { status: 400 });
    await updateMunicipalitySettings(auth.user.id, submission.value);
    // A different full-time week changes what part-time internships must pay.
    const summary = await recheckPublishedInternships(now, { municipalityId: submission.value.municipalityId });
    return redirectWithFlash("/beheer/regels", { type: "success", key: "rules:flash.settings_saved", params: summary });
  }
  const submission = parseWithZod(formData, { schema: payRuleSchema });
  if (submission.status !== "success") return data({ form: "rule", result: submission.reply() }, { status: 400 });
  try {
    const rule = await createPayRule(auth.user.id, submission.value);
    // A rule that is already in force is applied at once; later ones are picked up by the scheduled job.
    if (rule.validFrom.getTime() <= now.getTime()) {
      const summary = await recheckPublishedInternships(now, { municipalityId: rule.municipalityId });
      return redirectWithFlash("/beheer/regels", { type: "success", key: "rules:flash.rule_applied", params: { version: rule.version, ...summary } });
    }
    return redirectWithFlash("/beheer/regels", { type: "success", key: "rules:flash.rule_scheduled", params: { version: rule.version } });
  } catch (error) {
    if (error instanceof RuleDateError)
      return data({ form: "rule", result: submission.reply({ fieldErrors: { validFrom: ["rules:errors.date_not_after"] } }) }, { status: 400 });
    throw error;
  }
}

function SettingsForm({ m, lastResult }: { m: { id: string; name: string; fullTimeHours: number; gracePeriodDays: number }; lastResult: unknown }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: `settings-${m.id}`,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    lastResult: lastResult as any,
    defaultValue: { fullTimeHours: String(m.fullTimeHours), gracePeriodDays: String(m.gracePeriodDays) },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: municipalitySettingsSchema }),
  });
  return (
    <PostForm form={form} intent="settings" className="space-y-3">
      <input type="hidden" name="municipalityId" value={m.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField meta={fields.fullTimeHours} label={t("rules:pay.full_time_hours")} hint={t("rules:pay.full_time_hint")} inputMode="numeric" required />
        <TextField meta={fields.gracePeriodDays} label={t("rules:pay.grace_days")} hint={t("rules:pay.grace_hint")} inputMode="numeric" required />
      </div>
      <SubmitButton className="btn btn-secondary">{t("rules:pay.save_settings", { name: m.name })}</SubmitButton>
    </PostForm>
  );
}

export default function PayRules() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "new-rule",
    lastResult: actionData?.form === "rule" ? actionData.result : undefined,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: payRuleSchema }),
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer">{t("rules:back_admin")}</Link>
      </p>
      <h1>{t("rules:pay.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("rules:pay.intro")}</p>
      {municipalities.map((m) => (
        <section key={m.id} className="card space-y-4" aria-labelledby={`m-${m.id}`}>
          <h2 id={`m-${m.id}`}>{m.name}</h2>
          <TableScroll label={t("rules:pay.caption", { name: m.name })}>
            <table className="table">
              <caption className="sr-only">{t("rules:pay.caption", { name: m.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rules:pay.kind")}</th>
                  <th scope="col">{t("rules:pay.version")}</th>
                  <th scope="col">{t("rules:pay.minimum")}</th>
                  <th scope="col">{t("rules:pay.valid")}</th>
                </tr>
              </thead>
              <tbody>
                {m.payRules.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {t(`paycode:rule_kind.${r.kind}`)}
                      {r.inForce ? <span className="badge ml-2">{t("rules:pay.in_force")}</span> : null}
                    </td>
                    <td>{r.version}</td>
                    <td>{formatRuleAmount(ruleAmount(r) ?? 0, r.kind, locale)}</td>
                    <td>
                      {r.validUntil
                        ? t("rules:pay.valid_range", { from: formatDate(r.validFrom, locale), until: formatDate(r.validUntil, locale) })
                        : t("rules:pay.valid_from", { from: formatDate(r.validFrom, locale) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <SettingsForm m={m} lastResult={actionData?.form === "settings" ? actionData.result : undefined} />
        </section>
      ))}

      <section className="card space-y-4" aria-labelledby="new-rule-h">
        <h2 id="new-rule-h">{t("rules:pay.new_heading")}</h2>
        <p className="hint">{t("rules:pay.new_hint")}</p>
        <PostForm form={form} intent="rule" className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              meta={fields.municipalityId}
              label={t("rules:pay.municipality")}
              placeholder={t("forms:choose")}
              options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
              required
            />
            <SelectField
              meta={fields.kind}
              label={t("rules:pay.kind")}
              placeholder={t("forms:choose")}
              options={PAY_RULE_KINDS.map((k) => ({ value: k, label: t(`paycode:rule_kind.${k}`) }))}
              required
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.monthlyMinimum} label={t("rules:pay.minimum_euros")} hint={t("rules:pay.minimum_hint")} inputMode="numeric" />
            <TextField meta={fields.hourlyMinimum} label={t("rules:pay.hourly_minimum")} hint={t("rules:pay.hourly_minimum_hint")} inputMode="decimal" />
          </div>
          <TextField meta={fields.validFrom} type="date" label={t("rules:pay.valid_from_label")} required />
          <TextField meta={fields.note} label={t("rules:pay.note")} />
          <SubmitButton>{t("rules:pay.create")}</SubmitButton>
        </PostForm>
      </section>

      <section className="card space-y-3" aria-labelledby="recheck-h">
        <h2 id="recheck-h">{t("rules:pay.recheck_heading")}</h2>
        <p>{t("rules:pay.recheck_hint")}</p>
        <Form method="post">
          <button type="submit" name="intent" value="recheck" className="btn btn-secondary">
            {t("rules:pay.recheck")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
