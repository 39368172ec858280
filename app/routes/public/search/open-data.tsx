import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { getT } from "~/i18n/locale.server";
import { PARAM } from "~/search/query";
import { codeAmountsPerMunicipality } from "~/services/pay-code/pay-rules.server";

// What can be fetched without an account, and with which parameters (DESIGN §3.6).
// The parameter names come from the query parser, so this page cannot drift from it.
const EXAMPLES: Record<keyof typeof PARAM, { example: string; repeatable: boolean }> = {
  text: { example: "kok", repeatable: false },
  sectors: { example: "hospitality", repeatable: true },
  qualifications: { example: "seed-qual-kok", repeatable: true },
  levels: { example: "2", repeatable: true },
  municipalities: { example: "amsterdam", repeatable: true },
  districts: { example: "nieuw-west", repeatable: true },
  hours: { example: "33-40", repeatable: true },
  // Replaced by the municipal code in force (see the loader): never a stale amount.
  minAllowance: { example: "", repeatable: false },
  route: { example: "BBL", repeatable: false },
  meetsCode: { example: "1", repeatable: false },
  marks: { example: "fair_hospitality", repeatable: true },
  pact: { example: "1", repeatable: false },
  startMonths: { example: "2027-02", repeatable: true },
  shortage: { example: "1", repeatable: false },
  districtInternship: { example: "1", repeatable: false },
  near: { example: "1102", repeatable: false },
  distance: { example: "10", repeatable: false },
  sort: { example: "vergoeding", repeatable: false },
  page: { example: "2", repeatable: false },
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  // The documentation quotes today's amounts of each municipality; the allowance example
  // is the municipal code of the municipality the other examples use.
  const amounts = (await codeAmountsPerMunicipality(new Date())).filter((a) => a.pactMinimum !== null && a.municipalMinimum !== null);
  const exampleMunicipality = amounts.find((a) => a.slug === EXAMPLES.municipalities.example) ?? amounts[0];
  const exampleMinimum = exampleMunicipality?.municipalMinimum ?? exampleMunicipality?.pactMinimum ?? null;
  return {
    title: t("search:open_data.title"),
    amounts: amounts.map((a) => ({ slug: a.slug, name: a.name, pactMinimum: a.pactMinimum, municipalMinimum: a.municipalMinimum, fullTimeHours: a.fullTimeHours })),
    parameters: (Object.keys(PARAM) as (keyof typeof PARAM)[]).map((key) => ({
      name: PARAM[key],
      ...EXAMPLES[key],
      ...(key === "minAllowance" ? { example: String(exampleMinimum ?? 450) } : {}),
    })),
  };
}

export default function OpenData() {
  const { t } = useTranslation();
  const { parameters, amounts } = useLoaderData<typeof loader>();
  const example = "?q=kok&pact=1";
  const endpoints = [
    { format: "JSON", href: `/api/v1/stages${example}`, what: t("search:open_data.json_what") },
    { format: "CSV", href: `/stages.csv${example}`, what: t("search:open_data.csv_what") },
    { format: "Atom", href: `/stages.atom${example}`, what: t("search:open_data.atom_what") },
  ];
  return (
    <article className="max-w-4xl space-y-8">
      <header>
        <h1>{t("search:open_data.title")}</h1>
        <p className="mt-3">{t("search:open_data.intro")}</p>
      </header>

      <section aria-labelledby="internships-h" className="space-y-3">
        <h2 id="internships-h">{t("search:open_data.internships")}</h2>
        <p>
          {t("search:open_data.internships_body")} <Link to="/stages">/stages</Link>
        </p>
        <DataTable
          flush
          caption={t("search:open_data.internships")}
          rows={endpoints}
          rowKey={(e) => e.format}
          empty={null}
          columns={[
            { header: t("search:open_data.format"), rowHeader: true, cell: (e) => e.format },
            {
              header: t("search:open_data.address"),
              cell: (e) => (
                <a href={e.href}>
                  <code>{e.href}</code>
                </a>
              ),
            },
            { header: t("search:open_data.what"), cell: (e) => e.what },
          ]}
        />
      </section>

      <section aria-labelledby="parameters-h" className="space-y-3">
        <h2 id="parameters-h">{t("search:open_data.parameters")}</h2>
        <p>{t("search:open_data.repeatable")}</p>
        {amounts.length ? (
          <>
            <p>{t("search:open_data.amounts_intro")}</p>
            <ul className="list-disc space-y-1 pl-6">
              {amounts.map((a) => (
                <li key={a.slug} data-municipality={a.slug}>
                  {t("search:open_data.amounts", { municipality: a.name, pactMinimum: a.pactMinimum, municipalMinimum: a.municipalMinimum, fullTimeHours: a.fullTimeHours })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <DataTable
          flush
          caption={t("search:open_data.parameters")}
          rows={parameters}
          rowKey={(p) => p.name}
          empty={null}
          columns={[
            {
              header: t("search:open_data.parameter"),
              rowHeader: true,
              cell: (p) => (
                <>
                  <code>{p.name}</code>
                  {p.repeatable ? " …" : ""}
                </>
              ),
            },
            { header: t("search:open_data.meaning"), cell: (p) => t(`search:open_data.param.${p.name}`) },
            {
              header: t("search:open_data.example"),
              cell: (p) => (
                <code>
                  {p.name}={p.example}
                </code>
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="signatories-h" className="space-y-3">
        <h2 id="signatories-h">{t("search:open_data.signatories")}</h2>
        <p>{t("search:open_data.signatories_body")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href="/api/v1/ondertekenaars">
              <code>/api/v1/ondertekenaars</code>
            </a>{" "}
            — {t("search:open_data.signatories_json")}
          </li>
          <li>
            <a href="/stagepact/ondertekenaars.csv">
              <code>/stagepact/ondertekenaars.csv</code>
            </a>{" "}
            — {t("search:open_data.signatories_csv")}
          </li>
        </ul>
      </section>

      <section aria-labelledby="reuse-h" className="space-y-3">
        <h2 id="reuse-h">{t("search:open_data.reuse")}</h2>
        <p>{t("search:open_data.reuse_body")}</p>
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
