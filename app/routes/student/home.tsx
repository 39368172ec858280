import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { getStudentOverview } from "~/services/students/students.server";
import { qualificationNameIn } from "~/services/internships/qualification-names.server";
import { notFound, requireStudent } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const overview = await getStudentOverview(studentId);
  if (!overview) notFound();
  const { t, locale } = getT(request);
  const qualification = await qualificationNameIn(locale);
  return { title: t("areas:student.title"), overview: { ...overview, qualificationName: qualification(overview.qualificationName) } };
}

export default function StudentHome() {
  const { t } = useTranslation();
  const { overview } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("areas:student.welcome", { name: overview.firstName })}</h1>
      <p className="max-w-3xl text-slate-700">{t("areas:student.intro")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <section className="card" aria-labelledby="apps-h">
          <h2 id="apps-h">{t("areas:student.applications")}</h2>
          <p className="mt-2 text-3xl font-bold">{overview.applicationCount}</p>
          <Link to="/student/sollicitaties" className="mt-2 inline-block">
            {t("applications:list.title")}
          </Link>
        </section>
        <section className="card" aria-labelledby="profile-h">
          <h2 id="profile-h">{t("areas:student.profile")}</h2>
          <p className="mt-2">{overview.qualificationName ?? t("areas:student.profile_incomplete")}</p>
          <Link to="/student/profiel" className="mt-2 inline-block">
            {t("applications:profile.title")}
          </Link>
        </section>
        <section className="card" aria-labelledby="search-h">
          <h2 id="search-h">{t("areas:student.find")}</h2>
          <Link to="/stages" className="btn mt-3">
            {t("areas:student.find_cta")}
          </Link>
        </section>
      </div>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
