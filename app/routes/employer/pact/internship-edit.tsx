import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, formatRuleAmount, type Locale } from "~/i18n/config";
import { getLocale, getT } from "~/i18n/locale.server";
import { formatWageInput, internshipRoute } from "~/domain/pay-code";
import { getOwnInternship, listQualifications, previewPayCheck } from "~/services/internships/internships-employer.server";
import { organisationMayPublishById } from "~/services/pact/pact.server";
import { codeMinimumForOrganisation, parseFlagReason, wageMinimumForOrganisation } from "~/services/pay-code/pay-rules.server";
import { notFound, requireEmployer } from "~/utils/auth.server";
import { handleInternshipForm, toPayCheckView } from "./internship-action.server";
import { dateInputValue, InternshipForm } from "./internship-form";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "update:internship:own");
  const internship = await getOwnInternship(organisationId, params.id ?? "");
  if (!internship) notFound();
  const now = new Date();
  const { t } = getT(request);
  const route = internshipRoute(internship.route);
  const check = await previewPayCheck(
    organisationId,
    {
      route,
      hoursPerWeek: internship.hoursPerWeek,
      monthlyAllowance: internship.monthlyAllowance ?? undefined,
      hourlyWage: internship.hourlyWageCents ?? undefined,
    },
    now,
  );
  const locale = getLocale(request);
  return {
    title: internship.title,
    qualifications: await listQualifications(),
    mayPublish: await organisationMayPublishById(organisationId, now),
    codeMinimum: await codeMinimumForOrganisation(organisationId, now),
    wageMinimumCents: await wageMinimumForOrganisation(organisationId, now),
    payCheck: toPayCheckView(check),
    pageTitle: t("employer:internship.edit_title", { title: internship.title }),
    internship: {
      id: internship.id,
      status: internship.status,
      publishedAt: internship.publishedAt?.toISOString() ?? null,
      stored: internship.payCheckAt
        ? {
            kind: internship.payCheckRuleKind,
            version: internship.payCheckVersion,
            required: internship.payCheckRequired,
            at: internship.payCheckAt.toISOString(),
            compliant: internship.payCheckCompliant,
          }
        : null,
      flag: internship.flaggedAt ? { reason: parseFlagReason(internship.flagReason), unpublishAfter: internship.unpublishAfter?.toISOString() ?? null } : null,
    },
    defaultValue: {
      title: internship.title,
      description: internship.description,
      qualificationId: internship.qualificationId ?? undefined,
      level: String(internship.level),
      route,
      hoursPerWeek: String(internship.hoursPerWeek),
      monthlyAllowance: internship.monthlyAllowance === null ? undefined : String(internship.monthlyAllowance),
      hourlyWage: internship.hourlyWageCents === null ? undefined : formatWageInput(internship.hourlyWageCents, locale),
      startDate: dateInputValue(internship.startDate),
      durationWeeks: String(internship.durationWeeks),
      locationStreet: internship.locationStreet ?? undefined,
      locationPostcode: internship.locationPostcode ?? undefined,
      locationCity: internship.locationCity,
      trainerName: internship.trainerName,
      trainerEmail: internship.trainerEmail,
      trainerPhone: internship.trainerPhone ?? undefined,
      learningGoals: internship.learningGoals,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return handleInternshipForm(request, params.id ?? "");
}

export default function EditInternship() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { internship, defaultValue, qualifications, mayPublish, payCheck, codeMinimum, wageMinimumCents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const closed = internship.status === "closed";
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever/stages">{t("employer:internships.back")}</Link>
      </p>
      <h1>{defaultValue.title}</h1>
      <section className="card space-y-2" aria-labelledby="status-h">
        <h2 id="status-h">{t("employer:internship.status_heading")}</h2>
        <p>
          <span className="badge">{t(`employer:status.${internship.status}`)}</span>
          {internship.publishedAt ? (
            <span className="ml-2">{t("employer:internship.published_on", { date: formatDate(internship.publishedAt, locale) })}</span>
          ) : null}
        </p>
        {internship.flag ? (
          <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{t("employer:internship.flagged")}</p>
            {internship.flag.reason ? <p>{t(internship.flag.reason.key, internship.flag.reason.params)}</p> : null}
            {internship.flag.unpublishAfter && internship.status === "published" ? (
              <p>{t("employer:internship.unpublish_after", { date: formatDate(internship.flag.unpublishAfter, locale) })}</p>
            ) : null}
          </div>
        ) : null}
        {internship.stored ? (
          <p className="text-slate-700">
            {t("employer:internship.stored_check", {
              rule: internship.stored.kind ? t(`paycode:rule_kind.${internship.stored.kind}`) : "—",
              version: internship.stored.version ?? "—",
              required: internship.stored.required !== null ? formatRuleAmount(internship.stored.required, internship.stored.kind, locale) : "—",
              date: formatDate(internship.stored.at, locale),
            })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3 pt-2">
          <Link className="btn btn-secondary" to={`/werkgever/stages/${internship.id}/voorbeeld`}>
            {t("employer:internship.preview")}
          </Link>
          {internship.status === "published" ? (
            <>
              <Link className="btn btn-secondary" to={`/stages/${internship.id}`}>
                {t("employer:internship.view_public")}
              </Link>
              <Form method="post">
                <button type="submit" name="intent" value="unpublish" className="btn btn-secondary">
                  {t("employer:internship.unpublish")}
                </button>
              </Form>
            </>
          ) : null}
          {!closed ? (
            <Form method="post">
              <button type="submit" name="intent" value="close" className="btn btn-danger">
                {t("employer:internship.close")}
              </button>
            </Form>
          ) : null}
        </div>
      </section>
      {closed ? (
        <p className="card">{t("employer:internship.closed_note")}</p>
      ) : (
        <InternshipForm
          id={`internship-${internship.id}`}
          lastResult={actionData && "result" in actionData ? actionData.result : null}
          defaultValue={defaultValue}
          qualifications={qualifications}
          payCheck={actionData && "payCheck" in actionData && actionData.payCheck ? actionData.payCheck : payCheck}
          mayPublish={mayPublish}
          codeMinimum={codeMinimum}
          wageMinimumCents={wageMinimumCents}
          publishLabel={internship.status === "published" ? t("employer:internship.save_published") : t("employer:internship.save_publish")}
        />
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.pageTitle ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
