import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import { formatDate, formatEuro, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { getPublishedInternship } from "~/services/internships-public.server";
import { notFound } from "~/utils/auth.server";
import { env } from "~/utils/env.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const internship = await getPublishedInternship(params.id ?? "");
  if (!internship) notFound();
  const { locale } = getT(request);
  // schema.org JobPosting, so job search engines list the internship with its allowance.
  const jobPosting = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: internship.title,
    description: internship.description,
    datePosted: (internship.publishedAt ?? internship.createdAt).toISOString().slice(0, 10),
    validThrough: internship.startDate.toISOString(),
    employmentType: "INTERN",
    hiringOrganization: { "@type": "Organization", name: internship.organisation.name },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        streetAddress: internship.locationStreet ?? undefined,
        addressLocality: internship.locationCity,
        addressRegion: internship.municipality.name,
        addressCountry: "NL",
      },
    },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "EUR",
      value: { "@type": "QuantitativeValue", value: internship.monthlyAllowance, unitText: "MONTH" },
    },
    workHours: `${internship.hoursPerWeek} hours per week`,
    url: `${env.APP_URL}/stages/${internship.id}`,
  };
  return {
    title: internship.title,
    jobPosting,
    internship: {
      id: internship.id,
      title: internship.title,
      description: internship.description,
      learningGoals: internship.learningGoals,
      hoursPerWeek: internship.hoursPerWeek,
      monthlyAllowance: internship.monthlyAllowance,
      level: internship.level,
      startDate: internship.startDate.toISOString(),
      durationWeeks: internship.durationWeeks,
      locationCity: internship.locationCity,
      trainerName: internship.trainerName,
      district: internship.district?.name ?? null,
      municipality: internship.municipality.name,
      organisation: internship.organisation,
      marks: internship.marks.map((m) => ({ type: m.type, validFrom: m.validFrom.toISOString() })),
      signatorySince: internship.signatorySince?.toISOString() ?? null,
      qualification: internship.qualification
        ? { name: locale === "en" ? internship.qualification.nameEn : internship.qualification.nameNl, crebo: internship.qualification.crebo }
        : null,
    },
  };
}

export default function Stage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { internship: s, jobPosting } = useLoaderData<typeof loader>();
  return (
    <article className="space-y-6">
      <script
        type="application/ld+json"
        // A data block, never executed, so CSP does not apply; "<" escaped so it cannot close the element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jobPosting).replace(/</g, "\\u003c") }}
      />
      <header>
        <h1>{s.title}</h1>
        <p className="mt-2 text-slate-700">
          {s.organisation.name} · {s.locationCity}
          {s.district ? ` (${s.district})` : ""}
        </p>
        {s.signatorySince ? (
          <p className="mt-2">
            <span className="badge border-brand-700 bg-brand-50 text-brand-900">
              {t("public:stage.signatory_since", { date: formatDate(s.signatorySince, locale) })}
            </span>
          </p>
        ) : null}
        <KeurmerkBadges marks={s.marks} className="mt-2" />
      </header>
      <dl className="card grid gap-4 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-700">{t("public:stage.allowance")}</dt>
          <dd className="text-xl font-bold">{formatEuro(s.monthlyAllowance, locale)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("public:stage.hours")}</dt>
          <dd className="text-xl font-bold">{s.hoursPerWeek}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("public:stage.start")}</dt>
          <dd className="font-semibold">{formatDate(s.startDate, locale)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("public:stage.qualification")}</dt>
          <dd className="font-semibold">
            {s.qualification ? `${s.qualification.name}${s.qualification.crebo ? ` (crebo ${s.qualification.crebo})` : ""}` : "—"} ·{" "}
            {t("public:stages.level", { level: s.level })}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="desc-h">
        <h2 id="desc-h">{t("public:stage.description")}</h2>
        <p className="mt-2 whitespace-pre-line">{s.description}</p>
      </section>
      <section aria-labelledby="goals-h">
        <h2 id="goals-h">{t("public:stage.learning_goals")}</h2>
        <p className="mt-2 whitespace-pre-line">{s.learningGoals}</p>
      </section>
      <section aria-labelledby="trainer-h">
        <h2 id="trainer-h">{t("public:stage.supervision")}</h2>
        <p className="mt-2">{t("public:stage.trainer", { name: s.trainerName })}</p>
      </section>
      <section aria-labelledby="apply-h" className="card">
        <h2 id="apply-h">{t("public:stage.apply_heading")}</h2>
        <p className="mt-2">{t("public:stage.apply_body")}</p>
        <Link to={`/student/solliciteren/${s.id}`} className="btn mt-4">
          {t("public:stage.apply_cta")}
        </Link>
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? [{ title: `${data.title} · Stagepact` }] : (matches[0]?.meta ?? []);

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
