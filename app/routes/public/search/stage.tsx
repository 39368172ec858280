import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InternshipView, internshipView } from "~/components/internship-view";
import { formatPay } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { distanceFromPlace } from "~/search/search-public.server";
import { getPublishedInternshipPage } from "~/services/internships/internship-page.server";
import { notFound } from "~/utils/auth.server";
import { appUrl } from "~/utils/env.server";
import { useNonce } from "~/utils/nonce";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await getPublishedInternshipPage(params.id ?? "", new Date());
  if (!page) notFound();
  const { internship } = page;
  const { locale, t } = getT(request);
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
    distance,
    // The same view model as the employer's preview (components/internship-view.tsx).
    ...internshipView(page, locale),
  };
}

export default function Stage() {
  const { t } = useTranslation();
  const nonce = useNonce();
  const { jobPosting, distance, ...view } = useLoaderData<typeof loader>();
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
      <InternshipView view={view} distance={distance} />
      <section aria-labelledby="apply-h" className="card">
        <h2 id="apply-h">{t("search:stage.apply_heading")}</h2>
        <p className="mt-2">{t("search:stage.apply_body")}</p>
        <Link to={`/student/solliciteren/${view.internship.id}`} className="btn mt-4">
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
