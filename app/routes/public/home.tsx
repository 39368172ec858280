import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { getHomeStats } from "~/services/internships/internships-public.server";
import { codeAmountsPerMunicipality } from "~/services/pay-code/pay-rules.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const now = new Date();
  // The start page is about no municipality in particular: each one's amounts of today.
  const [stats, amounts] = await Promise.all([getHomeStats(now), codeAmountsPerMunicipality(now)]);
  return {
    title: t("public:home.title"),
    stats,
    amounts: amounts.filter((a) => a.pactMinimum !== null && a.municipalMinimum !== null),
  };
}

export default function Home() {
  const { t } = useTranslation();
  const { stats, amounts } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-white p-8 shadow-sm" aria-labelledby="hero">
        <h1 id="hero" className="max-w-3xl">
          {t("public:home.heading")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">{t("public:home.lead")}</p>
        <Form method="get" action="/stages" role="search" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">
            {t("public:home.search_label")}
          </label>
          <input id="home-q" name="q" type="search" className="input mt-0" placeholder={t("public:home.search_placeholder")} />
          <button type="submit" className="btn">
            {t("public:home.search_submit")}
          </button>
        </Form>
        <p className="mt-4 text-slate-700">{t("public:home.stats", { internships: stats.internships, signatories: stats.signatories })}</p>
      </section>
      <section aria-labelledby="promises" className="grid gap-4 sm:grid-cols-3">
        <h2 id="promises" className="sr-only">
          {t("public:home.promises")}
        </h2>
        {(["fair_pay", "anonymous", "report"] as const).map((key) => (
          <div key={key} className="card">
            <h3>{t(`public:home.${key}.title`)}</h3>
            <p className="mt-2 text-slate-700">{t(`public:home.${key}.body`)}</p>
            {key === "fair_pay" && amounts.length ? (
              <ul className="mt-2 space-y-1 text-slate-700">
                {amounts.map((a) => (
                  <li key={a.slug} data-municipality={a.slug}>
                    {t("public:home.fair_pay.amounts", {
                      municipality: a.name,
                      pactMinimum: a.pactMinimum,
                      municipalMinimum: a.municipalMinimum,
                      fullTimeHours: a.fullTimeHours,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </section>
      <p className="flex flex-wrap gap-4">
        <Link to="/registreren?type=student" className="btn">
          {t("public:home.cta_student")}
        </Link>
        <Link to="/registreren?type=employer" className="btn-secondary">
          {t("public:home.cta_employer")}
        </Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Stagepact" },
  { name: "description", content: "Stagepact" },
];
