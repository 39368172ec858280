import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { ChangeRequestTransitionError, VerificationTransitionError } from "~/domain/organisation";
import { PactTransitionError, reasonRequired } from "~/domain/pact";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { changeRequestDecisionSchema as changeDecisionSchema, organisationDecisionSchema } from "~/schemas/organisation";
import { signatureDecisionSchema } from "~/schemas/pact";
import { KvkTakenError } from "~/services/organisations/organisations.server";
import {
  decideOrganisation,
  decideOrganisationChange,
  decideSignature,
  getOrganisationForOfficer,
  NotInMunicipalityError,
  ReasonRequiredError,
} from "~/services/organisations/verification.server";
import { notFound, requireOfficer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "verify:organisation:municipality");
  const found = await getOrganisationForOfficer(municipalityId, params.id ?? "", new Date());
  if (!found) notFound();
  const { t } = getT(request);
  const { organisation: o, live, actions, currentVersionId, audit, pendingChange } = found;
  return {
    title: t("verification:detail.title", { name: o.name }),
    organisation: {
      id: o.id,
      name: o.name,
      kvkNumber: o.kvkNumber,
      sbbId: o.sbbId,
      kind: o.kind,
      sector: o.sector,
      address: `${o.street} ${o.houseNumber}, ${o.postcode} ${o.city}`,
      district: o.district?.name ?? null,
      municipality: o.municipality.name,
      contact: `${o.contactName} · ${o.contactEmail}${o.contactPhone ? ` · ${o.contactPhone}` : ""}`,
      verificationStatus: o.verificationStatus,
      verificationNote: o.verificationNote,
    },
    live: live
      ? {
          id: live.id,
          status: live.status,
          version: live.pactVersion.version,
          isCurrentVersion: live.pactVersion.id === currentVersionId,
          signerName: live.signerName,
          signerRole: live.signerRole,
          signedAt: live.signedAt.toISOString(),
          statusReason: live.statusReason,
        }
      : null,
    actions: actions.map((a) => ({ action: a, reasonRequired: reasonRequired(a) })),
    pendingChange: pendingChange ? { id: pendingChange.id, createdAt: pendingChange.createdAt.toISOString(), changes: pendingChange.changes } : null,
    audit: audit.map((a) => ({ id: a.id, action: a.action, actor: a.actor?.name ?? null, at: a.createdAt.toISOString(), details: a.details })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "verify:organisation:municipality");
  const organisationId = params.id ?? "";
  const formData = await readFormData(request);
  const now = new Date();
  const back = `/gemeente/verificatie/${organisationId}`;
  try {
    if (formData.has("changeRequestId")) {
      const parsed = changeDecisionSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return data({ errors: ["verification:errors.invalid"] }, { status: 400 });
      const decision = parsed.data.intent === "approve_change" ? "approve" : "refuse";
      await decideOrganisationChange(
        { userId: user.id },
        municipalityId,
        organisationId,
        { requestId: parsed.data.changeRequestId, action: decision, reason: parsed.data.reason },
        now,
      );
      return redirectWithFlash(back, { type: "success", key: `verification:flash.change_${decision}` });
    }
    if (formData.has("signatureId")) {
      const parsed = signatureDecisionSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return data({ errors: ["verification:errors.invalid"] }, { status: 400 });
      await decideSignature(
        { userId: user.id },
        municipalityId,
        { signatureId: parsed.data.signatureId, action: parsed.data.intent, reason: parsed.data.reason },
        now,
      );
      return redirectWithFlash(back, { type: "success", key: `verification:flash.${parsed.data.intent}` });
    }
    const parsed = organisationDecisionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ errors: ["verification:errors.invalid"] }, { status: 400 });
    await decideOrganisation({ userId: user.id }, municipalityId, organisationId, { action: parsed.data.intent, reason: parsed.data.reason }, now);
    return redirectWithFlash(back, { type: "success", key: `verification:flash.organisation_${parsed.data.intent}` });
  } catch (error) {
    if (error instanceof NotInMunicipalityError) notFound();
    if (error instanceof ReasonRequiredError) return data({ errors: ["verification:errors.reason_required"] }, { status: 400 });
    if (error instanceof ChangeRequestTransitionError) return data({ errors: [`verification:errors.change_${error.code}`] }, { status: 400 });
    if (error instanceof KvkTakenError) return data({ errors: ["verification:errors.change_kvk_taken"] }, { status: 400 });
    if (error instanceof PactTransitionError) return data({ errors: [`verification:errors.${error.code}`] }, { status: 400 });
    if (error instanceof VerificationTransitionError) return data({ errors: ["verification:errors.invalid_transition"] }, { status: 400 });
    throw error;
  }
}

export default function VerifyOrganisation() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { organisation: o, live, actions, audit, pendingChange } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/gemeente/verificatie">{t("verification:detail.back")}</Link>
      </p>
      <h1>{o.name}</h1>
      <FormErrors id="decision-errors" errors={actionData?.errors} />
      <section className="card" aria-labelledby="org-h">
        <h2 id="org-h">{t("verification:detail.organisation")}</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="font-semibold">{t("verification:detail.kvk")}</dt>
            <dd>{o.kvkNumber}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("verification:detail.sbb")}</dt>
            <dd>{o.sbbId ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("verification:detail.kind")}</dt>
            <dd>
              {t(`common:kind.${o.kind}`)} · {t(`common:sector.${o.sector}`)}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("verification:detail.address")}</dt>
            <dd>
              {o.address}
              {o.district ? ` (${o.district})` : ""}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("verification:detail.contact")}</dt>
            <dd>{o.contact}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("verification:detail.verification")}</dt>
            <dd>
              {t(`common:verification.${o.verificationStatus}`)}
              {o.verificationNote ? ` — ${o.verificationNote}` : ""}
            </dd>
          </div>
        </dl>
        {!live && (o.verificationStatus === "pending" || o.verificationStatus === "changes_requested") ? (
          <Form method="post" className="mt-4 space-y-3">
            <label htmlFor="org-reason" className="label">
              {t("verification:detail.reason")}
            </label>
            <textarea id="org-reason" name="reason" rows={3} className="input" aria-describedby="org-reason-hint" />
            <p id="org-reason-hint" className="hint">
              {t("verification:detail.reason_hint")}
            </p>
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="verify" className="btn">
                {t("verification:actions.verify")}
              </button>
              <button type="submit" name="intent" value="request_changes" className="btn btn-secondary">
                {t("verification:actions.request_changes")}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      {pendingChange ? (
        <section className="card" aria-labelledby="change-h">
          <h2 id="change-h">{t("verification:change.title")}</h2>
          <p className="mt-2">{t("verification:change.intro", { date: formatDate(pendingChange.createdAt, locale) })}</p>
          <TableScroll label={t("verification:change.caption")} className="mt-2">
            <table className="table">
              <caption className="sr-only">{t("verification:change.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("verification:change.field")}</th>
                  <th scope="col">{t("verification:change.from")}</th>
                  <th scope="col">{t("verification:change.to")}</th>
                </tr>
              </thead>
              <tbody>
                {pendingChange.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{t(`verification:change.fields.${c.field}`)}</th>
                    <td>{c.field === "kind" ? t(`common:kind.${c.from}`) : c.from}</td>
                    <td>{c.field === "kind" ? t(`common:kind.${c.to}`) : c.to}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Form method="post" className="mt-4 space-y-3">
            <input type="hidden" name="changeRequestId" value={pendingChange.id} />
            <label htmlFor="change-reason" className="label">
              {t("verification:detail.reason")}
            </label>
            <textarea id="change-reason" name="reason" rows={3} className="input" aria-describedby="change-reason-hint" />
            <p id="change-reason-hint" className="hint">
              {t("verification:change.reason_hint")}
            </p>
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="approve_change" className="btn">
                {t("verification:change.approve")}
              </button>
              <button type="submit" name="intent" value="refuse_change" className="btn-secondary">
                {t("verification:change.refuse")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}

      <section className="card" aria-labelledby="sig-h">
        <h2 id="sig-h">{t("verification:detail.signature")}</h2>
        {live ? (
          <>
            <p className="mt-2">
              {t("verification:detail.signed_by", {
                name: live.signerName,
                role: live.signerRole,
                version: live.version,
                date: formatDate(live.signedAt, locale),
              })}
            </p>
            <p className="mt-1 font-semibold">{t(`common:signature.${live.status}`)}</p>
            {!live.isCurrentVersion ? <p className="mt-1">{t("verification:detail.old_version")}</p> : null}
            {live.statusReason ? <p className="mt-1">{t("verification:detail.last_reason", { reason: live.statusReason })}</p> : null}
            {actions.length > 0 ? (
              <Form method="post" className="mt-4 space-y-3">
                <input type="hidden" name="signatureId" value={live.id} />
                <label htmlFor="sig-reason" className="label">
                  {t("verification:detail.reason")}
                </label>
                <textarea id="sig-reason" name="reason" rows={3} className="input" aria-describedby="sig-reason-hint" />
                <p id="sig-reason-hint" className="hint">
                  {t("verification:detail.reason_hint")}
                </p>
                <div className="flex flex-wrap gap-3">
                  {actions.map((a) => (
                    <button
                      key={a.action}
                      type="submit"
                      name="intent"
                      value={a.action}
                      className={a.action === "approve" || a.action === "reinstate" ? "btn" : a.action === "revoke" ? "btn btn-danger" : "btn btn-secondary"}
                    >
                      {t(`verification:actions.${a.action}`)}
                    </button>
                  ))}
                </div>
              </Form>
            ) : null}
          </>
        ) : (
          <p className="mt-2">{t("verification:detail.no_signature")}</p>
        )}
      </section>

      <section className="card" aria-labelledby="audit-h">
        <h2 id="audit-h">{t("verification:detail.audit")}</h2>
        <ol className="mt-2 space-y-1">
          {audit.map((a) => {
            const details = JSON.parse(a.details) as { reason?: string | null };
            return (
              <li key={a.id}>
                {formatDate(a.at, locale)} · {a.action}
                {a.actor ? ` · ${a.actor}` : ""}
                {details.reason && typeof details.reason === "string" ? ` — ${details.reason}` : ""}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
