import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PostForm, SelectField, SubmitButton, TextField } from "~/components/forms";
import { yearOf } from "~/domain/signatories";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { grantSchemas, type GrantIntent } from "~/schemas/keurmerk";
import { grantInclusiveEmployer, KeurmerkError, listKeurmerkOverview, recordSnaRegistration } from "~/services/keurmerk/keurmerk.server";
import { requireOfficer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { DataTable, RowLink } from "~/components/data-table";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "award:keurmerk:municipality");
  const now = new Date();
  const overview = await listKeurmerkOverview(municipalityId, now);
  const { t } = getT(request);
  return {
    title: t("oversight:keurmerken.title"),
    year: yearOf(now),
    queue: overview.queue.map((a) => ({ id: a.id, type: a.type, organisation: a.organisation.name, createdAt: a.createdAt.toISOString() })),
    active: overview.active.map((a) => ({
      id: a.id,
      type: a.type,
      organisation: a.organisation.name,
      registryNumber: a.registryNumber,
      validUntil: a.validUntil?.toISOString() ?? null,
    })),
    organisations: overview.organisations,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "award:keurmerk:municipality");
  const formData = await readFormData(request);
  const grantIntent: GrantIntent = requireIntent(formData, ["inclusive", "sna"] as const);
  const fail = (result: SubmissionResult<string[]>) => data({ intent: grantIntent, result }, { status: 400 });
  const submission = parseWithZod(formData, { schema: grantSchemas[grantIntent] });
  if (submission.status !== "success") return fail(submission.reply());
  const now = new Date();
  try {
    const value = submission.value;
    if (value.intent === "inclusive") {
      await grantInclusiveEmployer({ municipalityId, organisationId: value.organisationId, year: value.year, actorId: user.id, now });
      return redirectWithFlash("/gemeente/keurmerken", { type: "success", key: "oversight:keurmerken.inclusive_flash" });
    }
    await recordSnaRegistration({
      municipalityId,
      organisationId: value.organisationId,
      registryNumber: value.registryNumber,
      validUntil: value.validUntil ?? null,
      actorId: user.id,
      now,
    });
    return redirectWithFlash("/gemeente/keurmerken", { type: "success", key: "oversight:keurmerken.sna_flash" });
  } catch (error) {
    if (!(error instanceof KeurmerkError)) throw error;
    const field = error.code === "period_invalid" ? "validUntil" : "organisationId";
    const message = error.code === "unknown_organisation" ? "oversight:errors.unknown_organisation" : `keurmerk:errors.${error.code}`;
    return fail(submission.reply({ fieldErrors: { [field]: [message] } }));
  }
}

function useGrantForm(intent: GrantIntent, defaultValue?: Record<string, string>) {
  const actionData = useActionData<typeof action>();
  return useForm({
    id: `grant-${intent}`,
    lastResult: actionData?.intent === intent ? actionData.result : undefined,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: grantSchemas[intent] }),
  });
}

export default function OfficerKeurmerken() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { queue, active, organisations, year } = useLoaderData<typeof loader>();
  const [inclusiveForm, inclusiveFields] = useGrantForm("inclusive", { year: String(year) });
  const [snaForm, snaFields] = useGrantForm("sna");
  const years = [year - 1, year, year + 1];
  return (
    <div>
      <h1>{t("oversight:keurmerken.title")}</h1>
      <section className="mt-6" aria-labelledby="queue-h">
        <h2 id="queue-h">{t("oversight:keurmerken.queue")}</h2>
        <DataTable
          className="mt-3"
          flush
          caption={t("oversight:keurmerken.queue")}
          rows={queue}
          rowKey={(a) => a.id}
          empty={t("oversight:keurmerken.queue_empty")}
          columns={[
            { header: t("oversight:keurmerken.organisation"), cell: (a) => a.organisation },
            { header: t("oversight:keurmerken.type"), cell: (a) => t(`keurmerk:type.${a.type}`) },
            { header: t("oversight:keurmerken.applied"), cell: (a) => formatDate(a.createdAt, locale) },
            {
              header: t("oversight:keurmerken.open"),
              hiddenHeader: true,
              cell: (a) => <RowLink to={`/gemeente/keurmerken/${a.id}`} label={t("oversight:keurmerken.open")} row={a.organisation} />,
            },
          ]}
        />
      </section>
      <section className="mt-8" aria-labelledby="active-h">
        <h2 id="active-h">{t("oversight:keurmerken.active")}</h2>
        <DataTable
          className="mt-3"
          flush
          caption={t("oversight:keurmerken.active")}
          rows={active}
          rowKey={(a) => a.id}
          empty={t("oversight:keurmerken.active_empty")}
          columns={[
            { header: t("oversight:keurmerken.organisation"), cell: (a) => a.organisation },
            {
              header: t("oversight:keurmerken.type"),
              cell: (a) => `${t(`keurmerk:type.${a.type}`)}${a.registryNumber ? ` · ${a.registryNumber}` : ""}`,
            },
            { header: t("oversight:keurmerken.valid_until"), cell: (a) => (a.validUntil ? formatDate(a.validUntil, locale) : "—") },
            {
              header: t("oversight:keurmerken.view"),
              hiddenHeader: true,
              cell: (a) => <RowLink to={`/gemeente/keurmerken/${a.id}`} label={t("oversight:keurmerken.view")} row={a.organisation} />,
            },
          ]}
        />
      </section>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="inclusive-h">
          <h2 id="inclusive-h">{t("oversight:keurmerken.inclusive_title")}</h2>
          <p className="hint">{t("oversight:keurmerken.inclusive_intro")}</p>
          <PostForm form={inclusiveForm} intent="inclusive" className="mt-3 space-y-3">
            <SelectField
              meta={inclusiveFields.organisationId}
              label={t("oversight:keurmerken.organisation")}
              placeholder={t("oversight:keurmerken.choose_organisation")}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              required
            />
            <SelectField
              meta={inclusiveFields.year}
              label={t("oversight:keurmerken.year")}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
              required
            />
            <SubmitButton>{t("oversight:keurmerken.inclusive_submit")}</SubmitButton>
          </PostForm>
        </section>
        <section className="card" aria-labelledby="sna-h">
          <h2 id="sna-h">{t("oversight:keurmerken.sna_title")}</h2>
          <p className="hint">{t("oversight:keurmerken.sna_intro")}</p>
          <PostForm form={snaForm} intent="sna" className="mt-3 space-y-3">
            <SelectField
              meta={snaFields.organisationId}
              label={t("oversight:keurmerken.organisation")}
              placeholder={t("oversight:keurmerken.choose_organisation")}
              options={organisations.filter((o) => o.isStaffingAgency).map((o) => ({ value: o.id, label: o.name }))}
              required
            />
            <TextField meta={snaFields.registryNumber} label={t("oversight:keurmerken.registry_number")} required />
            <TextField meta={snaFields.validUntil} label={t("oversight:keurmerken.valid_until_optional")} type="date" />
            <SubmitButton>{t("oversight:keurmerken.sna_submit")}</SubmitButton>
          </PostForm>
        </section>
      </div>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
