import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SubmitButton, TextField } from "~/components/forms";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { municipalitySchema, officerInviteSchema, officerRemoveSchema } from "~/schemas/municipality";
import {
  getMunicipalityForAdmin,
  inviteOfficer,
  MunicipalityFormError,
  removeOfficer,
  updateMunicipality,
} from "~/services/municipalities/municipalities-admin.server";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";
import { MunicipalityForm } from "./municipality-form";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const municipality = await getMunicipalityForAdmin(params.id ?? "");
  if (!municipality) notFound();
  const { t } = getT(request);
  return {
    title: t("municipalities:edit_title", { name: municipality.name }),
    municipality: {
      id: municipality.id,
      name: municipality.name,
      officers: municipality.officers.map((o) => ({ id: o.id, name: o.user.name, email: o.user.email, since: o.createdAt.toISOString() })),
    },
    defaultValue: {
      name: municipality.name,
      slug: municipality.slug,
      fullTimeHours: String(municipality.fullTimeHours),
      gracePeriodDays: String(municipality.gracePeriodDays),
      resignPeriodDays: String(municipality.resignPeriodDays),
      responsePeriodDays: String(municipality.responsePeriodDays),
      districts: municipality.districts.map((d) => d.name).join("\n"),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireAdmin(request);
  const id = params.id ?? "";
  if (!(await getMunicipalityForAdmin(id))) notFound();
  const formData = await readFormData(request);
  const intent = requireIntent(formData, ["invite-officer", "remove-officer", "municipality"] as const);
  const back = `/beheer/gemeenten/${id}`;
  if (intent === "invite-officer") {
    const submission = parseWithZod(formData, { schema: officerInviteSchema });
    if (submission.status !== "success") return data({ form: "invite" as const, result: submission.reply() }, { status: 400 });
    const { created } = await inviteOfficer(auth.user.id, id, submission.value);
    return redirectWithFlash(back, {
      type: "success",
      key: created ? "municipalities:flash.invited" : "municipalities:flash.already_officer",
      params: { email: submission.value.email },
    });
  }
  if (intent === "remove-officer") {
    const submission = parseWithZod(formData, { schema: officerRemoveSchema });
    if (submission.status !== "success" || !(await removeOfficer(auth.user.id, id, submission.value.officerId))) notFound();
    return redirectWithFlash(back, { type: "success", key: "municipalities:flash.officer_removed" });
  }
  const submission = parseWithZod(formData, { schema: municipalitySchema });
  if (submission.status !== "success") return data({ form: "municipality" as const, result: submission.reply() }, { status: 400 });
  try {
    await updateMunicipality(auth.user.id, id, submission.value);
  } catch (error) {
    if (error instanceof MunicipalityFormError) {
      return data(
        { form: "municipality" as const, result: submission.reply({ fieldErrors: { [error.field]: [error.key] } }), params: error.params },
        { status: 400 },
      );
    }
    throw error;
  }
  return redirectWithFlash(back, { type: "success", key: "municipalities:flash.saved" });
}

export default function MunicipalityDetail() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { municipality, defaultValue } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [invite, inviteFields] = useForm({
    id: "invite-officer",
    lastResult: actionData?.form === "invite" ? actionData.result : undefined,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: officerInviteSchema }),
  });
  const districtParams = actionData && "params" in actionData ? (actionData.params as Record<string, string>) : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer/gemeenten">{t("municipalities:back")}</Link>
      </p>
      <h1>{municipality.name}</h1>
      <section className="card space-y-4" aria-labelledby="settings-h">
        <h2 id="settings-h">{t("municipalities:settings_heading")}</h2>
        {districtParams?.name ? <p className="field-error">{t("municipalities:errors.district_named", { name: districtParams.name })}</p> : null}
        <MunicipalityForm
          id="municipality"
          lastResult={actionData?.form === "municipality" ? actionData.result : undefined}
          defaultValue={defaultValue}
          submitLabel={t("municipalities:save")}
        />
      </section>
      <section className="space-y-4" aria-labelledby="officers-h">
        <h2 id="officers-h">{t("municipalities:officers_heading")}</h2>
        <DataTable
          caption={t("municipalities:officers_caption", { name: municipality.name })}
          rows={municipality.officers}
          rowKey={(o) => o.id}
          empty={t("municipalities:no_officers")}
          columns={[
            { header: t("municipalities:fields.officer_name"), cell: (o) => o.name },
            { header: t("municipalities:fields.email"), cell: (o) => o.email },
            { header: t("municipalities:col.since"), cell: (o) => formatDate(o.since, locale) },
            {
              header: t("municipalities:col.actions"),
              cell: (o) => (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-officer" />
                  <input type="hidden" name="officerId" value={o.id} />
                  <button type="submit" className="btn btn-secondary" aria-label={t("municipalities:remove_named", { name: o.name })}>
                    {t("municipalities:remove")}
                  </button>
                </Form>
              ),
            },
          ]}
        />
        <div className="card space-y-3">
          <h3>{t("municipalities:invite_heading")}</h3>
          <p className="hint">{t("municipalities:invite_hint")}</p>
          <PostForm form={invite} intent="invite-officer" className="grid gap-4 sm:grid-cols-2">
            <TextField meta={inviteFields.name} label={t("municipalities:fields.officer_name")} required />
            <TextField meta={inviteFields.email} type="email" label={t("municipalities:fields.email")} autoComplete="off" required />
            <div className="sm:col-span-2">
              <SubmitButton>{t("municipalities:invite")}</SubmitButton>
            </div>
          </PostForm>
        </div>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
