import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StudentNav } from "~/components/applications";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listStudentReports } from "~/services/reports.server";
import { requireStudent } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const reports = await listStudentReports(studentId);
  const { t } = getT(request);
  return {
    title: t("reports:mine.title"),
    reports: reports.map((r) => ({
      id: r.id,
      reference: r.reference,
      type: r.type,
      category: r.category,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      organisation: r.organisation?.name ?? r.organisationText ?? null,
    })),
  };
}

export default function MyReports() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { reports } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <StudentNav />
      <h1>{t("reports:mine.title")}</h1>
      <p className="text-slate-700">{t("reports:mine.intro")}</p>
      {reports.length === 0 ? (
        <p className="card">{t("reports:mine.empty")}</p>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table">
            <caption className="sr-only">{t("reports:mine.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reports:mine.reference")}</th>
                <th scope="col">{t("reports:mine.date")}</th>
                <th scope="col">{t("reports:mine.subject")}</th>
                <th scope="col">{t("reports:mine.organisation")}</th>
                <th scope="col">{t("reports:mine.status")}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td className="font-mono">{r.reference}</td>
                  <td>{formatDate(r.createdAt, locale)}</td>
                  <td>
                    {t(`reports:type.${r.type}`)}: {t(`reports:category.${r.type}.${r.category}`)}
                  </td>
                  <td>{r.organisation ?? "—"}</td>
                  <td>{t(`reports:status.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/melden" className="btn">
          {t("reports:mine.new")}
        </Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
