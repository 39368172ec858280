import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { rankingLabel } from "~/components/ranking-label";
import { formatDate, numberFormat, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { getPublicRanking } from "~/services/ranking/ranking.server";
import { notFound } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const ranking = await getPublicRanking(new URL(request.url).searchParams.get("gemeente"), new Date());
  if (!ranking) notFound();
  return { title: t("publishing:ranking.title"), ranking };
}

function formatRate(rate: number, locale: Locale) {
  return numberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(rate);
}

export default function Ranking() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { ranking } = useLoaderData<typeof loader>();
  const k = ranking.k;
  return (
    <div className="space-y-6">
      <h1>{t("publishing:ranking.title")}</h1>
      <p className="max-w-3xl">{t("publishing:ranking.intro")}</p>
      <p className="max-w-3xl rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">{t("publishing:ranking.privacy", { k, groupSize: ranking.minGroupSize })}</p>
      {ranking.municipalities.length > 1 ? (
        <Form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="gemeente" className="label">
              {t("publishing:ranking.municipality")}
            </label>
            <select id="gemeente" name="gemeente" defaultValue={ranking.municipality.slug} className="input">
              {ranking.municipalities.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {t("publishing:ranking.show")}
          </button>
        </Form>
      ) : null}
      <p className="text-slate-700">
        {ranking.municipality.name} · {t("publishing:ranking.period", { from: formatDate(ranking.from, locale), until: formatDate(ranking.until, locale) })}
      </p>
      <section aria-labelledby="sectors-h" className="space-y-3">
        <h2 id="sectors-h">{t("publishing:ranking.sectors")}</h2>
        <TableScroll label={t("publishing:ranking.sectors")} className="card p-0">
          <table className="table">
            <caption className="sr-only">{t("publishing:ranking.sectors")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("publishing:ranking.sector")}</th>
                <th scope="col" className="text-right">
                  {t("publishing:ranking.internships")}
                </th>
                <th scope="col" className="text-right">
                  {t("publishing:ranking.reports")}
                </th>
                <th scope="col" className="text-right">
                  {t("publishing:ranking.rate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ranking.sectors.map((s) => (
                <tr key={s.sector}>
                  <th scope="row" className="font-normal">
                    {t(`common:sector.${s.sector}`)}
                  </th>
                  <td className="text-right">{s.internships}</td>
                  {s.shown ? (
                    <>
                      <td className="text-right">{s.reports}</td>
                      <td className="text-right font-semibold">{s.rate === null ? "—" : formatRate(s.rate, locale)}</td>
                    </>
                  ) : (
                    <td colSpan={2} className="text-right text-slate-700">
                      {t("publishing:ranking.suppressed", { k })}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="organisations-h" className="space-y-3">
        <h2 id="organisations-h">{t("publishing:ranking.organisations")}</h2>
        <p className="max-w-3xl text-slate-700">{t("publishing:ranking.organisations_intro")}</p>
        {ranking.organisations.length === 0 ? (
          <p className="card">{t("publishing:ranking.none", { k })}</p>
        ) : (
          <ol className="card list-decimal space-y-2 pl-10">
            {ranking.organisations.map((o) => {
              const label = rankingLabel(t, o.label);
              return (
                <li key={`${o.label.sector ?? ""}-${o.label.n}`}>
                  {o.name ? (
                    <>
                      <strong>{o.name}</strong> ({label}, {t("publishing:ranking.named")})
                    </>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
