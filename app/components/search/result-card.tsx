// One internship in the search results: where, how far, the pay against the code, badges.
import { Link } from "@remix-run/react";
import type { TFunction } from "i18next";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import { formatDate, formatDistance, formatEuro, formatRuleAmount, formatWage, type Locale } from "~/i18n/config";
import type { SearchPageData } from "~/routes/public/search/stages";

/**
 * The page's `t` and locale come in as props: a translation hook per card makes a wrapper
 * of i18n's instance per card (about 1 ms a results page).
 */
export function ResultCard({ result: r, href, t, locale }: { result: SearchPageData["result"]["hits"][number]; href: string; t: TFunction; locale: Locale }) {
  return (
    <li className="card">
      <h3 className="text-lg">
        <Link to={href}>{r.title}</Link>
      </h3>
      <p className="text-slate-700">
        {r.organisationName} · {r.city}
        {r.districtName ? ` (${r.districtName})` : ""}
        {r.distanceKm !== null ? (
          <>
            {" · "}
            <strong>
              {r.distanceKm < 0.1 ? t("search:card.distance_close") : t("search:card.distance", { distance: formatDistance(r.distanceKm, locale) })}
            </strong>
          </>
        ) : null}
      </p>
      <p className="text-slate-700">
        {t("search:card.level", { level: r.level })} · {t("search:card.hours", { hours: r.hoursPerWeek })} ·{" "}
        <strong>
          {r.route === "BBL" && r.hourlyWageCents !== null
            ? t("search:card.wage", { amount: formatWage(r.hourlyWageCents, locale) })
            : t("search:card.allowance", { amount: formatEuro(r.monthlyAllowance ?? 0, locale) })}
        </strong>{" "}
        · {t("search:card.start", { date: formatDate(r.startDate, locale) })}
      </p>
      {r.belowCode ? (
        <p className="mt-1 rounded-md border-l-4 border-amber-600 bg-amber-50 px-2 py-1 text-amber-950">
          {t("search:card.below_code", { amount: formatRuleAmount(r.belowCode.required, r.belowCode.rule, locale), date: formatDate(r.belowCode.by, locale) })}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-1">
        {r.pactSignatory ? <span className="badge border-brand-700 bg-brand-50 text-brand-900">{t("search:badge.pact")}</span> : null}
        <KeurmerkBadges marks={r.marks} />
      </div>
    </li>
  );
}
