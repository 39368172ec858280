import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { formatDate, formatRuleAmount, type Locale } from "~/i18n/config";
import { ruleAmount } from "~/domain/pay-code";
import { getT } from "~/i18n/locale.server";
import { listMunicipalityRules } from "~/services/pay-code/rules.server";
import { requireAdmin } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  const municipalities = await listMunicipalityRules();
  return { title: t("areas:admin.title"), municipalities };
}

export default function AdminHome() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { municipalities } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("areas:admin.title")}</h1>
      <ul className="card flex flex-wrap gap-6">
        <li>
          <Link to="/beheer/gemeenten">{t("municipalities:title")}</Link>
        </li>
        <li>
          <Link to="/beheer/regels">{t("rules:pay.title")}</Link>
        </li>
        <li>
          <Link to="/beheer/stagepact">{t("rules:pact.title")}</Link>
        </li>
        <li>
          <Link to="/beheer/reiskosten">{t("rules:travel.link")}</Link>
        </li>
        <li>
          <Link to="/beheer/zoekwoorden">{t("vocabulary:link")}</Link>
        </li>
        <li>
          <Link to="/beheer/audit">{t("municipalities:audit.title")}</Link>
        </li>
        <li>
          <Link to="/beheer/mailbox">{t("areas:admin.mailbox")}</Link>
        </li>
      </ul>
      {municipalities.map((m) => (
        <section key={m.id} className="card" aria-labelledby={`m-${m.id}`}>
          <h2 id={`m-${m.id}`}>{m.name}</h2>
          <p className="hint">{t("areas:admin.full_time", { hours: m.fullTimeHours })}</p>
          <TableScroll label={t("areas:admin.rules_caption", { name: m.name })} className="mt-3">
            <table className="table">
              <caption className="sr-only">{t("areas:admin.rules_caption", { name: m.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("areas:admin.rule")}</th>
                  <th scope="col">{t("areas:admin.minimum")}</th>
                  <th scope="col">{t("areas:admin.version")}</th>
                  <th scope="col">{t("areas:admin.valid_from")}</th>
                </tr>
              </thead>
              <tbody>
                {m.payRules.map((r) => (
                  <tr key={r.id}>
                    <td>{t(`common:rule_kind.${r.kind}`)}</td>
                    <td>{formatRuleAmount(ruleAmount(r) ?? 0, r.kind, locale)}</td>
                    <td>{r.version}</td>
                    <td>{formatDate(r.validFrom, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
