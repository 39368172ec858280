import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResignBanner } from "~/components/resign-banner";
import { FieldErrors, PostForm, SubmitButton, TextField } from "~/components/forms";
import { renderPactText } from "~/domain/pact";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { resubmitSchema, signPactSchema } from "~/schemas/pact";
import { getPactPage, PactSigningError, resubmitSignature, signPact } from "~/services/pact/pact.server";
import { currentCodeAmounts } from "~/services/pay-code/pay-rules.server";
import { decisionsAbout } from "~/services/organisations/verification.server";
import { requireEmployer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId, memberRole, user } = await requireEmployer(request);
  const { t, locale } = getT(request);
  const now = new Date();
  const page = await getPactPage(organisationId, now);
  // The text is stored with placeholders; the amounts are those of the rule in force today.
  const amounts = await currentCodeAmounts(page.organisation.municipalityId, now);
  const render = (text: string) => renderPactText(text, amounts);
  const decisions = await decisionsAbout(organisationId);
  const v = page.version;
  return {
    title: t("employer:pact.title"),
    isOwner: memberRole === "owner",
    signerDefault: user.name,
    standing: page.standing,
    resign: page.resignBanner,
    canSign: page.canSign,
    organisation: {
      name: page.organisation.name,
      verificationStatus: page.organisation.verificationStatus,
      verificationNote: page.organisation.verificationNote,
    },
    version: v
      ? {
          id: v.id,
          version: v.version,
          title: render(locale === "en" ? v.titleEn : v.titleNl),
          text: render(locale === "en" ? v.textEn : v.textNl),
          validFrom: v.validFrom.toISOString(),
          commitments: v.commitments.map((c) => ({ id: c.id, text: render(locale === "en" ? c.textEn : c.textNl) })),
        }
      : null,
    signatures: page.signatures.map((s) => ({
      id: s.id,
      version: s.pactVersion.version,
      signerName: s.signerName,
      signerRole: s.signerRole,
      signedAt: s.signedAt.toISOString(),
      status: s.status,
      statusReason: s.statusReason,
      history: s.history.map((h) => ({ id: h.id, from: h.fromStatus, to: h.toStatus, reason: h.reason, at: h.createdAt.toISOString() })),
    })),
    organisationDecisions: decisions.map((d) => ({
      id: d.id,
      action: d.action,
      at: d.createdAt.toISOString(),
      reason: (JSON.parse(d.details) as { reason?: string | null }).reason ?? null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  // Only owners sign for the organisation; recruiters get 403 here, whatever the form shows.
  const { organisationId, user } = await requireEmployer(request, "sign:pact:own");
  const formData = await readFormData(request);
  const now = new Date();
  if (requireIntent(formData, ["resubmit", "sign"] as const) === "resubmit") {
    const submission = parseWithZod(formData, { schema: resubmitSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    try {
      await resubmitSignature({ userId: user.id }, organisationId, now);
    } catch (error) {
      if (error instanceof PactSigningError) return data(submission.reply({ formErrors: [`employer:pact.errors.${error.code}`] }), { status: 400 });
      throw error;
    }
    return redirectWithFlash("/werkgever/stagepact", { type: "success", key: "employer:flash.resubmitted" });
  }
  const submission = parseWithZod(formData, { schema: signPactSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    await signPact({ userId: user.id }, organisationId, submission.value, now);
  } catch (error) {
    if (error instanceof PactSigningError) {
      if (error.code === "commitments_missing") {
        return data(submission.reply({ fieldErrors: { commitment: ["validation:commitments_missing"] } }), { status: 400 });
      }
      return data(submission.reply({ formErrors: [`employer:pact.errors.${error.code}`] }), { status: 400 });
    }
    throw error;
  }
  return redirectWithFlash("/werkgever/stagepact", { type: "success", key: "employer:flash.signed" });
}

export default function PactPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { version, standing, resign, canSign, isOwner, signerDefault, signatures, organisation, organisationDecisions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "sign-pact",
    lastResult,
    defaultValue: { signerName: signerDefault },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signPactSchema }),
  });
  const ticked = new Set((fields.commitment.value as string[] | string | undefined) ?? []);
  const live = signatures.find((s) => s.status !== "superseded");

  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever">{t("employer:back_home")}</Link>
      </p>
      <h1>{t("employer:pact.title")}</h1>
      <ResignBanner resign={resign} />
      <section className="card space-y-2" aria-labelledby="standing-h">
        <h2 id="standing-h">{t("employer:pact.standing_heading")}</h2>
        <p className="text-lg font-semibold">{t(`employer:standing.${standing}`)}</p>
        <p className="text-slate-700">{t(`employer:standing_help.${standing}`)}</p>
        {live?.statusReason ? (
          <p>
            <span className="font-semibold">{t("employer:pact.officer_reason")}</span> {live.statusReason}
          </p>
        ) : null}
        <p className="text-slate-700">
          {t("employer:pact.verification", { status: t(`common:verification.${organisation.verificationStatus}`) })}
          {organisation.verificationNote ? ` — ${organisation.verificationNote}` : ""}
        </p>
        {standing === "changes_requested" && isOwner ? (
          <Form method="post" className="pt-2">
            <p className="hint">{t("employer:pact.resubmit_hint")}</p>
            <button type="submit" name="intent" value="resubmit" className="btn mt-2">
              {t("employer:pact.resubmit")}
            </button>
          </Form>
        ) : null}
      </section>

      {version ? (
        <section className="card space-y-3" aria-labelledby="version-h">
          <h2 id="version-h">
            {version.title} · {t("employer:pact.version", { version: version.version, date: formatDate(version.validFrom, locale) })}
          </h2>
          <p className="whitespace-pre-line">{version.text}</p>
          {canSign && isOwner ? (
            <PostForm form={form} intent="sign" className="space-y-4">
              <input type="hidden" name="pactVersionId" value={version.id} />
              <fieldset aria-describedby={fields.commitment.errors?.length ? fields.commitment.errorId : "commitments-hint"}>
                <legend className="label">{t("employer:pact.commitments_legend")}</legend>
                <p id="commitments-hint" className="hint">
                  {t("employer:pact.commitments_hint")}
                </p>
                <ul className="mt-2 space-y-3">
                  {version.commitments.map((c) => (
                    <li key={c.id}>
                      <label className="flex items-start gap-2">
                        <input type="checkbox" name="commitment" value={c.id} defaultChecked={ticked.has(c.id)} className="mt-1" />
                        <span>{c.text}</span>
                      </label>
                    </li>
                  ))}
                </ul>
                <FieldErrors id={fields.commitment.errorId} errors={fields.commitment.errors} />
              </fieldset>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField meta={fields.signerName} label={t("employer:pact.signer_name")} autoComplete="name" required />
                <TextField
                  meta={fields.signerRole}
                  label={t("employer:pact.signer_role")}
                  hint={t("employer:pact.signer_role_hint")}
                  autoComplete="organization-title"
                  required
                />
              </div>
              <SubmitButton>{t("employer:pact.sign")}</SubmitButton>
            </PostForm>
          ) : canSign ? (
            <p className="font-semibold">{t("employer:pact.owner_only")}</p>
          ) : null}
        </section>
      ) : (
        <p className="card">{t("employer:pact.no_version")}</p>
      )}

      <section className="card" aria-labelledby="history-h">
        <h2 id="history-h">{t("employer:pact.history")}</h2>
        {signatures.length === 0 && organisationDecisions.length === 0 ? (
          <p className="mt-2">{t("employer:pact.history_empty")}</p>
        ) : (
          <ol className="mt-3 space-y-4">
            {signatures.map((s) => (
              <li key={s.id}>
                <p className="font-semibold">
                  {t("employer:pact.signed_by", { name: s.signerName, role: s.signerRole, version: s.version, date: formatDate(s.signedAt, locale) })} —{" "}
                  {t(`common:signature.${s.status}`)}
                </p>
                <ul className="ml-4 list-disc pl-4 text-slate-800">
                  {s.history.map((h) => (
                    <li key={h.id}>
                      {formatDate(h.at, locale)}: {t(`common:signature.${h.to}`)}
                      {h.reason ? ` — ${t("employer:pact.reason")}: ${h.reason}` : ""}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            {organisationDecisions.map((d) => (
              <li key={d.id}>
                {formatDate(d.at, locale)}: {t(`employer:pact.org_decision.${d.action}`)}
                {d.reason ? ` — ${t("employer:pact.reason")}: ${d.reason}` : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
