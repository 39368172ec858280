import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge, StudentNav } from "~/components/applications";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listStudentApplications } from "~/services/applications.server";
import { requireStudent } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const { t } = getT(request);
  return { title: t("applications:list.title"), applications: await listStudentApplications(studentId) };
}

export default function StudentApplications() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { applications } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <StudentNav />
      <h1>{t("applications:list.title")}</h1>
      {applications.length === 0 ? (
        <div className="card">
          <p>{t("applications:list.empty")}</p>
          <Link to="/stages" className="btn mt-3">
            {t("applications:how.to_search")}
          </Link>
        </div>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table">
            <caption className="sr-only">{t("applications:list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("applications:list.internship")}</th>
                <th scope="col">{t("applications:list.organisation")}</th>
                <th scope="col">{t("applications:list.pseudonym")}</th>
                <th scope="col">{t("applications:list.submitted")}</th>
                <th scope="col">{t("applications:list.status")}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/student/sollicitaties/${a.id}`}>{a.internshipTitle}</Link>
                  </td>
                  <td>{a.organisationName}</td>
                  <td>{a.pseudonym}</td>
                  <td>{formatDate(a.submittedAt, locale)}</td>
                  <td>
                    <StatusBadge status={a.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
