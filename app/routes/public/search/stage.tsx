import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import { ResponseStatsSection } from "~/components/response";
import { TravelHint } from "~/components/travel-hint";
import { travelHintFor } from "~/domain/pay-code";
import { formatDate, formatDistance, formatPay, formatRuleAmount, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { responseStatsOf } from "~/services/applications/application-response.server";
import { distanceFromPlace, getInternshipPage } from "~/search/search-public.server";
import { notFound } from "~/utils/auth.server";
import { appUrl } from "~/utils/env.server";
import { useNonce } from "~/utils/nonce";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await getInternshipPage(params.id ?? "");
  if (!page) notFound();
  const { internship, comparison, belowCode } = page;
  const { locale, t } = getT(request);
  // Null below 5 applications in the last 12 months (domain/applications/response.ts).
  const response = await responseStatsOf(internship.organisationId, new Date());
  // Came from a search near a place: how far the work address is from it.
  const distance = await distanceFromPlace(new URL(request.url).searchParams.get("bij"), internship);
  const validThrough = new Date(internship.startDate.getTime());
  // schema.org JobPosting, so job search engines list the internship with its allowance.
  const jobPosting = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: internship.title,
    description: internship.description,
    datePosted: (internship.publishedAt ?? internship.createdAt).toISOString().slice(0, 10),
    validThrough: validThrough.toISOString(),
    employmentType: "INTERN",
    hiringOrganization: { "@type": "Organization", name: internship.organisation.name },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        streetAddress: internship.locationStreet ?? undefined,
        postalCode: internship.locationPostcode ?? undefined,
        addressLocality: internship.locationCity,
        addressRegion: internship.municipality.name,
        addressCountry: "NL",
      },
    },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "EUR",
      // A BBL place pays a gross hourly wage, a BOL internship a monthly allowance.
      value:
        internship.route === "BBL" && internship.hourlyWageCents !== null
          ? { "@type": "QuantitativeValue", value: internship.hourlyWageCents / 100, unitText: "HOUR" }
          : { "@type": "QuantitativeValue", value: internship.monthlyAllowance, unitText: "MONTH" },
    },
    workHours: `${internship.hoursPerWeek} hours per week`,
    url: `${appUrl()}/stages/${internship.id}`,
  };
  return {
    title: internship.title,
    description: t("search:stage.meta_description", {
      organisation: internship.organisation.name,
      city: internship.locationCity,
      amount: formatPay(internship, locale),
      hours: internship.hoursPerWeek,
    }),
    jobPosting,
    comparison,
    belowCode,
    response,
    distance,
    travelHint: travelHintFor(internship.travelHint, internship.monthlyAllowance, locale),
    internship: {
      id: internship.id,
      title: internship.title,
      description: internship.description,
      learningGoals: internship.learningGoals,
      hoursPerWeek: internship.hoursPerWeek,
      monthlyAllowance: internship.monthlyAllowance,
      hourlyWageCents: internship.hourlyWageCents,
      level: internship.level,
      route: internship.route,
      startDate: internship.startDate.toISOString(),
      durationWeeks: internship.durationWeeks,
      locationCity: internship.locationCity,
      locationStreet: internship.locationStreet,
      locationPostcode: internship.locationPostcode,
      trainerName: internship.trainerName,
      district: internship.district?.name ?? null,
      municipality: internship.municipality.name,
      organisation: { name: internship.organisation.name, sector: internship.organisation.sector },
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
  const nonce = useNonce();
  const { internship: s, jobPosting, comparison, travelHint, belowCode, response, distance } = useLoaderData<typeof loader>();
  return (
    <article className="space-y-6">
      <script
        type="application/ld+json"
        nonce={nonce}
        // "<" escaped so the data can never close the element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jobPosting).replace(/</g, "\\u003c") }}
      />
      <p>
        <Link to="/stages">{t("search:stage.back")}</Link>
      </p>
      <header>
        <h1>{s.title}</h1>
        <p className="mt-2 text-slate-700">
          {s.organisation.name} · {t(`common:sector.${s.organisation.sector}`)}
        </p>
        <div className="mt-2 flex flex-wrap gap-1">
          {s.signatorySince ? (
            <span className="badge border-brand-700 bg-brand-50 text-brand-900">
              {t("search:stage.signatory_since", { date: formatDate(s.signatorySince, locale) })}
            </span>
          ) : null}
          <KeurmerkBadges marks={s.marks} />
        </div>
      </header>
      <section aria-labelledby="pay-h" className="card">
        <h2 id="pay-h">{t(s.route === "BBL" ? "search:stage.wage" : "search:stage.allowance")}</h2>
        <p className="mt-2 text-2xl font-bold">{formatPay(s, locale)}</p>
        {comparison ? <p className="mt-1">{t(comparison.key, comparison.params)}</p> : null}
        {belowCode ? (
          <p role="note" className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-950">
            {t("search:stage.below_code", { amount: formatRuleAmount(belowCode.required, belowCode.rule, locale), date: formatDate(belowCode.by, locale) })}
          </p>
        ) : null}
        <p className="hint">{t("search:stage.same_for_everyone")}</p>
      </section>
      {travelHint ? <TravelHint hint={travelHint} /> : null}
      <dl className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.hours")}</dt>
          <dd className="font-semibold">{t("search:card.hours", { hours: s.hoursPerWeek })}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.start")}</dt>
          <dd className="font-semibold">
            {formatDate(s.startDate, locale)} · {t("search:stage.weeks", { count: s.durationWeeks })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.qualification")}</dt>
          <dd className="font-semibold">
            {s.qualification ? `${s.qualification.name}${s.qualification.crebo ? ` (crebo ${s.qualification.crebo})` : ""}` : "—"} ·{" "}
            {t("search:card.level", { level: s.level })}
            {s.route ? ` · ${s.route}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.location")}</dt>
          <dd className="font-semibold">
            {/* A Dutch address line: "Street 1, 1102 AB Amsterdam". */}
            {[s.locationStreet, [s.locationPostcode, s.locationCity].filter(Boolean).join(" ")].filter(Boolean).join(", ")}
            {s.district ? ` · ${t("search:stage.district", { district: s.district })}` : ""}
          </dd>
          {distance ? (
            <dd className="text-slate-700">
              {distance.km < 0.1
                ? t("search:stage.distance_close", { place: distance.place })
                : t("search:stage.distance", { distance: formatDistance(distance.km, locale), place: distance.place })}
            </dd>
          ) : null}
        </div>
      </dl>
      <section aria-labelledby="desc-h">
        <h2 id="desc-h">{t("search:stage.description")}</h2>
        <p className="mt-2 whitespace-pre-line">{s.description}</p>
      </section>
      <section aria-labelledby="goals-h">
        <h2 id="goals-h">{t("search:stage.learning_goals")}</h2>
        <ul className="mt-2 list-disc pl-6">
          {s.learningGoals
            .split("\n")
            .filter((g) => g.trim())
            .map((g) => (
              <li key={g}>{g}</li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="trainer-h">
        <h2 id="trainer-h">{t("search:stage.supervision")}</h2>
        <p className="mt-2">{t("search:stage.trainer", { name: s.trainerName })}</p>
      </section>
      {response ? <ResponseStatsSection stats={response} /> : null}
      <section aria-labelledby="apply-h" className="card">
        <h2 id="apply-h">{t("search:stage.apply_heading")}</h2>
        <p className="mt-2">{t("search:stage.apply_body")}</p>
        <Link to={`/student/solliciteren/${s.id}`} className="btn mt-4">
          {t("search:stage.apply_cta")}
        </Link>
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [
        { title: `${data.title} · Stagepact` },
        { name: "description", content: data.description },
        { property: "og:title", content: data.title },
        { property: "og:description", content: data.description },
      ]
    : (matches[0]?.meta ?? []);

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
