import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { OrganisationAddressFields, PostForm, SelectField, SubmitButton, TextField } from "~/components/forms";
import { describeChangeRequest, organisationKinds, reviewedValuesOf, sectors } from "~/domain/organisation";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { organisationSchema } from "~/schemas/organisation";
import {
  ChangeRequestNotFoundError,
  getOrganisationForEdit,
  updateOrganisationDetails,
  withdrawChangeRequest,
} from "~/services/organisations/employer-organisation.server";
import { KvkTakenError, UnknownDistrictError } from "~/services/organisations/organisations.server";
import { AddressNotFoundError } from "~/services/locations/work-location.server";
import { notFound, requireEmployer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

const detailsSchema = organisationSchema.omit({ municipalityId: true });

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId, memberRole } = await requireEmployer(request);
  const { organisation: o, pendingChange, lastDecidedChange } = await getOrganisationForEdit(organisationId);
  const { t } = getT(request);
  return {
    title: t("employer:organisation.title"),
    isOwner: memberRole === "owner",
    municipality: o.municipality.name,
    districts: o.municipality.districts,
    verificationStatus: o.verificationStatus,
    verificationNote: o.verificationNote,
    reviewed: o.verifiedAt !== null,
    pendingChange: pendingChange
      ? { id: pendingChange.id, createdAt: pendingChange.createdAt.toISOString(), changes: describeChangeRequest(reviewedValuesOf(o), pendingChange) }
      : null,
    lastDecidedChange:
      lastDecidedChange && lastDecidedChange.decidedAt
        ? { status: lastDecidedChange.status, reason: lastDecidedChange.reason, decidedAt: lastDecidedChange.decidedAt.toISOString() }
        : null,
    defaultValue: {
      // While a change waits, the form shows what was asked for, so saving the address keeps the request.
      organisationName: pendingChange?.name ?? o.name,
      kvkNumber: pendingChange?.kvkNumber ?? o.kvkNumber,
      sbbId: o.sbbId ?? undefined,
      kind: pendingChange?.kind ?? o.kind,
      sector: o.sector,
      isStaffingAgency: o.isStaffingAgency ? "on" : undefined,
      street: o.street,
      houseNumber: o.houseNumber,
      postcode: o.postcode,
      city: o.city,
      districtId: o.districtId ?? undefined,
      contactName: o.contactName,
      contactEmail: o.contactEmail,
      contactPhone: o.contactPhone ?? undefined,
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { organisationId, user } = await requireEmployer(request, "update:organisation:own");
  const formData = await readFormData(request);
  // The details form sends no intent; any intent sent must be the withdraw button's.
  if (formData.has("intent") && requireIntent(formData, ["withdraw_change"] as const) === "withdraw_change") {
    try {
      await withdrawChangeRequest(user.id, organisationId, String(formData.get("changeRequestId") ?? ""));
    } catch (error) {
      if (error instanceof ChangeRequestNotFoundError) notFound();
      throw error;
    }
    return redirectWithFlash("/werkgever/organisatie", { type: "success", key: "employer:flash.change_withdrawn" });
  }
  const submission = parseWithZod(formData, { schema: detailsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  let outcome;
  try {
    outcome = await updateOrganisationDetails(user.id, organisationId, submission.value);
  } catch (error) {
    if (error instanceof KvkTakenError) return data(submission.reply({ fieldErrors: { kvkNumber: ["employer:organisation.kvk_taken"] } }), { status: 400 });
    if (error instanceof UnknownDistrictError) return data(submission.reply({ fieldErrors: { districtId: ["forms:choose_option"] } }), { status: 400 });
    if (error instanceof AddressNotFoundError)
      return data(submission.reply({ fieldErrors: { postcode: ["employer:errors.address_not_found"] } }), { status: 400 });
    throw error;
  }
  const flash = {
    saved: "employer:flash.organisation_saved",
    change_requested: "employer:flash.change_requested",
    change_withdrawn: "employer:flash.change_withdrawn",
  }[outcome];
  return redirectWithFlash("/werkgever/organisatie", { type: "success", key: flash });
}

export default function OrganisationDetails() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { defaultValue, districts, municipality, isOwner, verificationStatus, verificationNote, reviewed, pendingChange, lastDecidedChange } =
    useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "organisation",
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: detailsSchema }),
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever">{t("employer:back_home")}</Link>
      </p>
      <h1>{t("employer:organisation.title")}</h1>
      <p className="card">
        {t("employer:pact.verification", { status: t(`common:verification.${verificationStatus}`) })}
        {verificationNote ? ` — ${verificationNote}` : ""}
      </p>
      {pendingChange ? (
        <section className="card space-y-3" aria-labelledby="change-h">
          <h2 id="change-h">{t("employer:organisation.change.pending_title")}</h2>
          <p>{t("employer:organisation.change.pending_intro", { date: formatDate(pendingChange.createdAt, locale) })}</p>
          <ul className="list-disc pl-6">
            {pendingChange.changes.map((c) => (
              <li key={c.field}>
                {t("employer:organisation.change.line", {
                  field: t(`employer:organisation.change.field.${c.field}`),
                  from: c.field === "kind" ? t(`common:kind.${c.from}`) : c.from,
                  to: c.field === "kind" ? t(`common:kind.${c.to}`) : c.to,
                })}
              </li>
            ))}
          </ul>
          {isOwner ? (
            <Form method="post">
              <input type="hidden" name="changeRequestId" value={pendingChange.id} />
              <button type="submit" name="intent" value="withdraw_change" className="btn-secondary">
                {t("employer:organisation.change.withdraw")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {!pendingChange && lastDecidedChange ? (
        <p className="card">
          {t(`employer:organisation.change.last_${lastDecidedChange.status}`, { date: formatDate(lastDecidedChange.decidedAt, locale) })}
          {lastDecidedChange.reason ? ` — ${lastDecidedChange.reason}` : ""}
        </p>
      ) : null}
      {!isOwner ? <p className="font-semibold">{t("employer:organisation.owner_only")}</p> : null}
      {reviewed ? <p className="text-slate-700">{t("employer:organisation.change.reviewed_hint")}</p> : null}
      <PostForm form={form} className="space-y-6">
        <fieldset className="card space-y-4" disabled={!isOwner}>
          <legend className="px-1 text-lg font-semibold">{t("employer:organisation.legend")}</legend>
          <TextField meta={fields.organisationName} label={t("auth:fields.organisation_name")} autoComplete="organization" required />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.kvkNumber} label={t("auth:fields.kvk")} hint={t("auth:fields.kvk_hint")} inputMode="numeric" required />
            <TextField meta={fields.sbbId} label={t("auth:fields.sbb")} hint={t("auth:fields.sbb_hint")} inputMode="numeric" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              meta={fields.kind}
              label={t("auth:fields.kind")}
              options={organisationKinds.map((k) => ({ value: k, label: t(`common:kind.${k}`) }))}
              required
            />
            <SelectField
              meta={fields.sector}
              label={t("auth:fields.sector")}
              options={sectors.map((s) => ({ value: s, label: t(`common:sector.${s}`) }))}
              required
            />
          </div>
          <OrganisationAddressFields fields={fields} />
          <p className="text-slate-700">{t("employer:organisation.municipality_fixed", { municipality })}</p>
          <SelectField
            meta={fields.districtId}
            label={t("auth:fields.district")}
            placeholder={t("auth:fields.district_none")}
            options={districts.map((d) => ({ value: d.id, label: d.name }))}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField meta={fields.contactName} label={t("auth:fields.contact_name")} required />
            <TextField meta={fields.contactEmail} label={t("auth:fields.contact_email")} type="email" required />
            <TextField meta={fields.contactPhone} label={t("auth:fields.contact_phone")} type="tel" />
          </div>
        </fieldset>
        {isOwner ? <SubmitButton>{t("employer:organisation.save")}</SubmitButton> : null}
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
