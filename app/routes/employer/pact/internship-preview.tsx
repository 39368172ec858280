import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { comparisonMessage } from "~/domain/pay-code";
import { formatDate, formatPay, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { checkOwnInternshipPay, getOwnInternship } from "~/services/internships/internships-employer.server";
import { notFound, requireEmployer } from "~/utils/auth.server";

// How students will see the internship, before or after publishing; the pay sentence is the public one.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "update:internship:own");
  const internship = await getOwnInternship(organisationId, params.id ?? "");
  if (!internship) notFound();
  const { locale, t } = getT(request);
  const check = await checkOwnInternshipPay(organisationId, internship, new Date());
  return {
    title: t("employer:preview.title", { title: internship.title }),
    comparison: check.status === "checked" ? comparisonMessage(check) : check.message,
    internship: {
      id: internship.id,
      title: internship.title,
      status: internship.status,
      description: internship.description,
      learningGoals: internship.learningGoals,
      hoursPerWeek: internship.hoursPerWeek,
      route: internship.route,
      monthlyAllowance: internship.monthlyAllowance,
      hourlyWageCents: internship.hourlyWageCents,
      level: internship.level,
      startDate: internship.startDate.toISOString(),
      durationWeeks: internship.durationWeeks,
      locationCity: internship.locationCity,
      // The work address as students read it: "Damrak 1, 1012 LG Amsterdam".
      workAddress: [internship.locationStreet, [internship.locationPostcode, internship.locationCity].filter(Boolean).join(" ")].filter(Boolean).join(", "),
      trainerName: internship.trainerName,
      organisation: internship.organisation.name,
      qualification: internship.qualification
        ? `${locale === "en" ? internship.qualification.nameEn : internship.qualification.nameNl}${internship.qualification.crebo ? ` (crebo ${internship.qualification.crebo})` : ""}`
        : null,
    },
  };
}

export default function InternshipPreview() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { internship: s, comparison } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/werkgever/stages/${s.id}`}>{t("employer:preview.back")}</Link>
      </p>
      <p role="status" className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900">
        {t("employer:preview.banner", { status: t(`employer:status.${s.status}`) })}
      </p>
      <article className="space-y-6">
        <header>
          <h1>{s.title}</h1>
          <p className="mt-2 text-slate-700">
            {s.organisation} · {s.workAddress}
          </p>
        </header>
        <dl className="card grid gap-4 sm:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-700">{t(s.route === "BBL" ? "search:stage.wage" : "employer:preview.allowance")}</dt>
            <dd className="text-xl font-bold">{formatPay(s, locale)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("employer:preview.hours")}</dt>
            <dd className="text-xl font-bold">{s.hoursPerWeek}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("employer:preview.start")}</dt>
            <dd className="font-semibold">
              {formatDate(s.startDate, locale)} · {t("employer:preview.weeks", { count: s.durationWeeks })}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("employer:preview.qualification")}</dt>
            <dd className="font-semibold">
              {s.qualification ?? "—"} · {t("employer:internship.level_n", { level: s.level })}
            </dd>
          </div>
        </dl>
        <p className="font-semibold">{t(comparison.key, comparison.params)}</p>
        <section aria-labelledby="desc-h">
          <h2 id="desc-h">{t("employer:preview.description")}</h2>
          <p className="mt-2 whitespace-pre-line">{s.description}</p>
        </section>
        <section aria-labelledby="goals-h">
          <h2 id="goals-h">{t("employer:preview.learning_goals")}</h2>
          <p className="mt-2 whitespace-pre-line">{s.learningGoals}</p>
        </section>
        <section aria-labelledby="trainer-h">
          <h2 id="trainer-h">{t("employer:preview.trainer")}</h2>
          <p className="mt-2">{s.trainerName}</p>
        </section>
      </article>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
