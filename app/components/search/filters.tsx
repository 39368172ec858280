// The search page's filters: yes/no flags, the route, the facet groups with their counts,
// the allowance thresholds and the start months (DESIGN §4).
import { useTranslation } from "react-i18next";
import { dateTimeFormat, formatCount, formatEuro, type Locale } from "~/i18n/config";
import type { SearchPageData } from "~/routes/public/search/stages";
import type { FacetCount, FlagKey } from "~/search/engine";
import { HOURS_BANDS, PARAM } from "~/search/query";

/** Where the filters' apply button lands without JavaScript: the results, on a phone past the search box. */
export const RESULTS_ID = "resultaten";

export function SearchFilters({ data }: { data: SearchPageData }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { query, result, labels } = data;
  const f = result.facets;
  const months = dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const month = (value: string) => months.format(new Date(`${value}-01T00:00:00Z`));
  const count = (n: number) => formatCount(n, locale);
  const flags: { key: FlagKey; name: string; param: string; value: string; checked: boolean }[] = [
    { key: "pact", name: t("search:flag.pact"), param: PARAM.pact, value: "1", checked: query.pact },
    { key: "shortage", name: t("search:flag.shortage"), param: PARAM.shortage, value: "1", checked: query.shortage },
    { key: "districtInternship", name: t("search:flag.district_internship"), param: PARAM.districtInternship, value: "1", checked: query.districtInternship },
  ];
  // How many of the current results would stay: those not below a raised minimum.
  const meetsCode = { key: "belowCode" as FlagKey, name: t("search:flag.meets_code"), param: PARAM.meetsCode, value: "1", checked: query.meetsCode };
  const routes = [
    { value: "", label: t("search:route.any"), count: null },
    { value: "BOL", label: t("search:route.BOL"), count: query.route === null ? result.total - f.flags.bbl : null },
    { value: "BBL", label: t("search:route.BBL"), count: query.route === null ? f.flags.bbl : null },
  ];
  const marks: { key: FlagKey; name: string; param: string; value: string; checked: boolean }[] = (
    ["fair_hospitality", "inclusive_employer", "sna"] as const
  ).map((m) => ({ key: m, name: t(`keurmerk:type.${m}`), param: PARAM.marks, value: m, checked: query.marks.includes(m) }));
  return (
    <div className="space-y-5">
      <h2 className="hidden text-lg md:block">{t("search:filters_heading")}</h2>
      <CheckboxGroup count={count} legend={t("search:facet.flags")} items={flags.map((x) => ({ ...x, count: f.flags[x.key] }))} />
      <CheckboxGroup count={count} legend={t("search:facet.marks")} items={marks.map((x) => ({ ...x, count: f.flags[x.key] }))} />
      <fieldset>
        <legend className="font-semibold">{t("search:facet.route")}</legend>
        <ul className="mt-1 space-y-1">
          {routes.map((r) => (
            <li key={r.value}>
              <label className="flex items-center gap-2">
                <input type="radio" name={PARAM.route} value={r.value} defaultChecked={(query.route ?? "") === r.value} />
                {r.label}
                {r.count !== null ? <span className="text-slate-700">({count(r.count)})</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <CheckboxGroup
        count={count}
        legend={t("search:facet.pay_check")}
        items={[{ ...meetsCode, count: query.meetsCode ? result.total : result.total - f.flags.belowCode }]}
      />
      <FacetGroup
        count={count}
        legend={t("search:facet.sector")}
        param={PARAM.sectors}
        counts={f.sector}
        selected={query.sectors}
        label={(v) => t(`common:sector.${v}`)}
      />
      <FacetGroup
        count={count}
        legend={t("search:facet.qualification")}
        param={PARAM.qualifications}
        counts={f.qualification}
        selected={query.qualifications}
        label={(v) => labels.qualification[v] ?? v}
      />
      <FacetGroup
        count={count}
        legend={t("search:facet.level")}
        param={PARAM.levels}
        counts={[...f.level].sort((a, b) => a.value.localeCompare(b.value))}
        selected={query.levels.map(String)}
        label={(v) => t("search:card.level", { level: v })}
      />
      <FacetGroup
        count={count}
        legend={t("search:facet.municipality")}
        param={PARAM.municipalities}
        counts={f.municipality}
        selected={query.municipalities}
        label={(v) => labels.municipality[v] ?? v}
      />
      <FacetGroup
        count={count}
        legend={t("search:facet.district")}
        param={PARAM.districts}
        counts={f.district}
        selected={query.districts}
        label={(v) => labels.district[v] ?? v}
      />
      <FacetGroup
        count={count}
        legend={t("search:facet.hours")}
        param={PARAM.hours}
        counts={HOURS_BANDS.map((b) => ({ value: b.key, count: f.hours.find((h) => h.value === b.key)?.count ?? 0 }))}
        selected={query.hours}
        label={(v) => t("search:hours_band", { range: v.replace("-", "–") })}
      />
      <fieldset>
        <legend className="font-semibold">{t("search:facet.allowance")}</legend>
        <ul className="mt-1 space-y-1">
          <li>
            <label className="flex items-center gap-2">
              <input type="radio" name={PARAM.minAllowance} value="" defaultChecked={query.minAllowance === null} />
              {t("search:allowance_any")}
            </label>
          </li>
          {f.allowance.map((a) => (
            <li key={a.value}>
              <label className="flex items-center gap-2">
                <input type="radio" name={PARAM.minAllowance} value={a.value} defaultChecked={query.minAllowance === Number(a.value)} />
                {t("search:allowance_at_least", { amount: formatEuro(Number(a.value), locale) })}
                <span className="text-slate-700">({count(a.count)})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FacetGroup count={count} legend={t("search:facet.start")} param={PARAM.startMonths} counts={f.startMonth} selected={query.startMonths} label={month} />
      {/* On a phone: back to the results (without JavaScript the form lands on them). */}
      <button type="submit" data-apply="" formAction={`/stages#${RESULTS_ID}`} className="btn w-full md:hidden">
        {t("search:apply_filters")}
      </button>
      <noscript>
        <button type="submit" className="btn hidden md:inline-flex">
          {t("search:apply_filters")}
        </button>
      </noscript>
    </div>
  );
}

function CheckboxGroup({
  legend,
  items,
  count,
}: {
  legend: string;
  items: { name: string; param: string; value: string; checked: boolean; count: number }[];
  count: (n: number) => string;
}) {
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {items.map((item) => (
          <li key={item.param + item.value}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name={item.param} value={item.value} defaultChecked={item.checked} />
              {item.name} <span className="text-slate-700">({count(item.count)})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function FacetGroup({
  legend,
  param,
  counts,
  selected,
  label,
  count,
}: {
  legend: string;
  param: string;
  counts: FacetCount[];
  selected: string[];
  label: (value: string) => string;
  count: (n: number) => string;
}) {
  // Selected values stay visible even when nothing matches them any more, so they can be unticked.
  const values = [...counts, ...selected.filter((s) => !counts.some((c) => c.value === s)).map((value) => ({ value, count: 0 }))];
  if (values.length === 0) return null;
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto">
        {values.map((c) => {
          const checked = selected.includes(c.value);
          return (
            <li key={c.value}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name={param} value={c.value} defaultChecked={checked} />
                {label(c.value)} <span className="text-slate-700">({count(c.count)})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
