import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/applications";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DeadlineBadge } from "~/components/response";
import { pseudonymFor } from "~/domain/anonymisation/display";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listApplicationsForInternship } from "~/services/applications/applications-employer.server";
import { qualificationNameIn } from "~/services/internships/qualification-names.server";
import { notFound, requireEmployer } from "~/utils/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "read:applications:own");
  const result = await listApplicationsForInternship(organisationId, params.internshipId ?? "");
  if (!result) notFound();
  const { t, locale } = getT(request);
  const qualification = await qualificationNameIn(locale);
  const applications = result.applications.map((a) => ({ ...a, qualificationName: qualification(a.qualificationName) }));
  return { title: t("applications:employer.for_internship", { title: result.internship.title }), ...result, applications };
}

export default function InternshipApplications() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { internship, applications } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever/sollicitaties">{t("applications:employer.back_list")}</Link>
      </p>
      <h1>{t("applications:employer.for_internship", { title: internship.title })}</h1>
      <p className="max-w-3xl text-slate-700">{t("applications:employer.anonymous_note")}</p>
      {applications.length === 0 ? (
        <p className="card">{t("applications:employer.none_yet")}</p>
      ) : (
        <ul className="space-y-4">
          {applications.map((a) => (
            <li key={a.id} className="card">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2>
                  <Link to={`/werkgever/sollicitaties/${a.id}`}>
                    {a.revealed ? [a.firstName, a.tussenvoegsel, a.lastName].filter(Boolean).join(" ") : pseudonymFor(a.pseudonym, locale)}
                  </Link>
                </h2>
                <span className="flex flex-wrap items-center gap-2">
                  {a.status === "submitted" || a.status === "in_review" ? <DeadlineBadge respondBy={a.respondBy} overdue={a.overdue} /> : null}
                  <StatusBadge status={a.status} />
                </span>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {a.qualificationName ?? t("applications:fields.not_given")}
                {a.level !== null ? ` · ${t("applications:fields.level_value", { level: a.level })}` : ""}
                {a.schoolYear !== null ? ` · ${t("applications:fields.school_year_value", { year: a.schoolYear })}` : ""} ·{" "}
                {t("applications:employer.received_on", { date: formatDate(a.submittedAt, locale) })}
              </p>
              {a.skills.length > 0 ? <p className="mt-1 text-sm">{a.skills.join(", ")}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
