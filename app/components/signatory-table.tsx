import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import { percentOf, type ResponseStatsView } from "~/components/response";
import type { SignatoryRow } from "~/domain/signatories";
import { formatDate, type Locale } from "~/i18n/config";

/**
 * The signatory list as a table in a card that also scrolls sideways by keyboard: the
 * public page and the officer's preview of what will be frozen.
 */
export function SignatoryTable({
  rows,
  caption,
  response,
}: {
  rows: SignatoryRow[];
  caption: string;
  /** Live response rate per organisation (≥5 applications in 12 months); the column shows only when given. */
  response?: Record<string, ResponseStatsView>;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <TableScroll label={caption} className="card p-0">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("publishing:signatories.organisation")}</th>
            <th scope="col">{t("publishing:signatories.sector")}</th>
            <th scope="col">{t("publishing:signatories.district")}</th>
            <th scope="col">{t("publishing:signatories.signed")}</th>
            <th scope="col">{t("publishing:signatories.marks")}</th>
            {response ? <th scope="col">{t("response:stats_column")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.organisationId}>
              <th scope="row" className="font-normal">
                {r.name}
              </th>
              <td>{t(`common:sector.${r.sector}`)}</td>
              <td>{r.district ?? "—"}</td>
              <td>{formatDate(r.signedOn, locale)}</td>
              <td>
                <KeurmerkBadges marks={r.marks.map((type) => ({ type }))} />
              </td>
              {response ? <td>{response[r.organisationId] ? <ResponseCell stats={response[r.organisationId]} /> : t("response:stats_unknown")}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ResponseCell({ stats }: { stats: ResponseStatsView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {percentOf(stats.rate)}%
      {stats.medianDays !== null ? (
        <span className="block text-sm text-slate-700">
          {t("response:stats_median", { days: stats.medianDays.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL") })}
        </span>
      ) : null}
    </>
  );
}
