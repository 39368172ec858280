import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import { formatEuro, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listPublishedInternships } from "~/services/internships-public.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const page = Math.max(1, Number(new URL(request.url).searchParams.get("pagina")) || 1);
  return { title: t("public:stages.title"), result: await listPublishedInternships({ page }) };
}

export default function Stages() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { result } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("public:stages.title")}</h1>
      <p aria-live="polite">{t("public:stages.count", { count: result.total })}</p>
      <ul className="space-y-3">
        {result.rows.map((r) => (
          <li key={r.id} className="card">
            <h2 className="text-lg">
              <Link to={`/stages/${r.id}`}>{r.title}</Link>
            </h2>
            <p className="text-slate-700">
              {r.organisation.name} · {r.locationCity}
              {r.district ? ` (${r.district.name})` : ""} · {t("public:stages.level", { level: r.level })} ·{" "}
              {t("public:stages.hours", { hours: r.hoursPerWeek })} · {t("public:stages.allowance", { amount: formatEuro(r.monthlyAllowance, locale) })}
            </p>
            <KeurmerkBadges marks={r.marks} className="mt-2" />
          </li>
        ))}
      </ul>
      <nav aria-label={t("public:stages.pagination")} className="flex gap-4">
        {result.page > 1 ? <Link to={`?pagina=${result.page - 1}`}>{t("public:stages.previous")}</Link> : null}
        <span>{t("public:stages.page_of", { page: result.page, pages: result.pageCount })}</span>
        {result.page < result.pageCount ? <Link to={`?pagina=${result.page + 1}`}>{t("public:stages.next")}</Link> : null}
      </nav>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
