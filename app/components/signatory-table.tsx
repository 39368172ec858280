import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import type { SignatoryRow } from "~/domain/signatories";
import { formatDate, type Locale } from "~/i18n/config";

/**
 * The signatory list as a table in a card that also scrolls sideways by keyboard: the
 * public page and the officer's preview of what will be frozen.
 */
export function SignatoryTable({ rows, caption }: { rows: SignatoryRow[]; caption: string }) {
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
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
