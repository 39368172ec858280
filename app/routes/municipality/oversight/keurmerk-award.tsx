import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { fairHospitalityPeriod, isAwardActive } from "~/domain/keurmerk";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { awardDecisionSchemas, type AwardIntent } from "~/schemas/keurmerk";
import { decideAward, getAwardForOfficer, KeurmerkError } from "~/services/keurmerk/keurmerk.server";
import { notFound, requireOfficer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "award:keurmerk:municipality");
  const award = await getAwardForOfficer(municipalityId, params.id ?? "");
  if (!award) notFound();
  const now = new Date();
  const { t } = getT(request);
  const period = fairHospitalityPeriod(now);
  return {
    title: t("oversight:award.title", { type: t(`keurmerk:type.${award.type}`), name: award.organisation.name }),
    award: {
      ...award,
      active: isAwardActive(award, now),
      validFrom: award.validFrom?.toISOString() ?? null,
      validUntil: award.validUntil?.toISOString() ?? null,
      zeroHoursPhasedOutBy: award.zeroHoursPhasedOutBy?.toISOString() ?? null,
      decidedAt: award.decidedAt?.toISOString() ?? null,
      createdAt: award.createdAt.toISOString(),
    },
    defaults: { validFrom: isoDate(period.validFrom), validUntil: isoDate(period.validUntil) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "award:keurmerk:municipality");
  const id = params.id ?? "";
  const formData = await readFormData(request);
  const awardIntent: AwardIntent = requireIntent(formData, ["award", "refuse", "revoke"] as const);
  const fail = (result: SubmissionResult<string[]>, status = 400) => data({ intent: awardIntent, result }, { status });
  const submission = parseWithZod(formData, { schema: awardDecisionSchemas[awardIntent] });
  if (submission.status !== "success") return fail(submission.reply());
  const value = submission.value;
  try {
    await decideAward({
      municipalityId,
      id,
      decision:
        value.intent === "award" ? { kind: "award", validFrom: value.validFrom, validUntil: value.validUntil } : { kind: value.intent, reason: value.reason },
      actorId: user.id,
      now: new Date(),
    });
  } catch (error) {
    if (!(error instanceof KeurmerkError)) throw error;
    if (error.code === "not_found") notFound();
    if (error.code === "period_invalid") return fail(submission.reply({ fieldErrors: { validUntil: ["keurmerk:errors.period_invalid"] } }));
    return fail(submission.reply({ formErrors: ["oversight:award.not_decidable"] }), 409);
  }
  const key = value.intent === "award" ? "awarded_flash" : value.intent === "refuse" ? "refused_flash" : "revoked_flash";
  return redirectWithFlash(`/gemeente/keurmerken/${id}`, { type: "success", key: `oversight:award.${key}` });
}

function useDecisionForm(intent: AwardIntent, defaultValue?: Record<string, string>) {
  const actionData = useActionData<typeof action>();
  return useForm({
    id: `decision-${intent}`,
    lastResult: actionData?.intent === intent ? actionData.result : undefined,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: awardDecisionSchemas[intent] }),
  });
}

export default function AwardDetail() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { award, defaults } = useLoaderData<typeof loader>();
  const [awardForm, awardFields] = useDecisionForm("award", defaults);
  const [refuseForm, refuseFields] = useDecisionForm("refuse");
  const [revokeForm, revokeFields] = useDecisionForm("revoke");
  const yesNo = (v: boolean | null) => (v === null ? t("oversight:award.none") : v ? t("oversight:award.yes") : t("oversight:award.no"));
  return (
    <div>
      <p>
        <Link to="/gemeente/keurmerken">{t("oversight:award.back")}</Link>
      </p>
      <h1 className="mt-2">{t("oversight:award.title", { type: t(`keurmerk:type.${award.type}`), name: award.organisation.name })}</h1>
      <p className="mt-1 text-slate-700">
        {t(`common:sector.${award.organisation.sector}`)} · {t(`keurmerk:status.${award.status}`)}
        {award.validFrom && award.validUntil
          ? ` · ${t("keurmerk:employer.valid", { from: formatDate(award.validFrom, locale), until: formatDate(award.validUntil, locale) })}`
          : ""}
      </p>
      {award.type === "fair_hospitality" ? (
        <section className="card mt-6" aria-labelledby="declared-h">
          <h2 id="declared-h">{t("oversight:award.declared")}</h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("oversight:award.permanent_share")}</dt>
            <dd>{award.permanentShare === null ? t("oversight:award.none") : `${award.permanentShare}%`}</dd>
            <dt className="font-semibold">{t("oversight:award.cao_wages")}</dt>
            <dd>{yesNo(award.caoWages)}</dd>
            <dt className="font-semibold">{t("oversight:award.zero_hours_by")}</dt>
            <dd>{award.zeroHoursPhasedOutBy ? formatDate(award.zeroHoursPhasedOutBy, locale) : t("oversight:award.none")}</dd>
            <dt className="font-semibold">{t("oversight:award.evidence_text")}</dt>
            <dd className="whitespace-pre-line">{award.evidenceText || t("oversight:award.none")}</dd>
            <dt className="font-semibold">{t("oversight:award.evidence_file")}</dt>
            <dd>
              {award.evidenceFileName ? (
                <a href={`/gemeente/keurmerken/${award.id}/bewijs`} download>
                  {t("oversight:award.download", { name: award.evidenceFileName })}
                </a>
              ) : (
                t("oversight:award.none")
              )}
            </dd>
          </dl>
        </section>
      ) : null}
      {award.registryNumber ? <p className="mt-4">{t("keurmerk:employer.registry", { number: award.registryNumber })}</p> : null}
      {award.reason ? <p className="mt-4">{t("keurmerk:employer.reason", { reason: award.reason })}</p> : null}
      {award.status === "applied" ? (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <section className="card" aria-labelledby="award-h">
            <h2 id="award-h">{t("oversight:award.award_submit")}</h2>
            <PostForm form={awardForm} intent="award" className="mt-3 space-y-3">
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField meta={awardFields.validFrom} label={t("oversight:award.valid_from")} type="date" required />
                <TextField meta={awardFields.validUntil} label={t("oversight:award.valid_until")} type="date" required />
              </div>
              <SubmitButton>{t("oversight:award.award_submit")}</SubmitButton>
            </PostForm>
          </section>
          <section className="card" aria-labelledby="refuse-h">
            <h2 id="refuse-h">{t("oversight:award.refuse_submit")}</h2>
            <PostForm form={refuseForm} intent="refuse" className="mt-3 space-y-3">
              <TextAreaField meta={refuseFields.reason} label={t("oversight:award.refuse_reason")} rows={3} required />
              <SubmitButton className="btn-danger">{t("oversight:award.refuse_submit")}</SubmitButton>
            </PostForm>
          </section>
        </div>
      ) : award.status === "awarded" ? (
        <section className="card mt-6 max-w-xl" aria-labelledby="revoke-h">
          <h2 id="revoke-h">{t("oversight:award.revoke")}</h2>
          <PostForm form={revokeForm} intent="revoke" className="mt-3 space-y-3">
            <TextAreaField meta={revokeFields.reason} label={t("oversight:award.revoke_reason")} rows={3} required />
            <SubmitButton className="btn-danger">{t("oversight:award.revoke_submit")}</SubmitButton>
          </PostForm>
        </section>
      ) : (
        <p className="card mt-6">{t("oversight:award.not_decidable")}</p>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
