import { useTranslation } from "react-i18next";
import { KeurmerkBadges } from "~/components/keurmerk-badges";
import { ResponseStatsSection } from "~/components/response";
import { TravelHint } from "~/components/travel-hint";
import { travelHintFor } from "~/domain/pay-code";
import { formatDate, formatDistance, formatPay, formatRuleAmount, type Locale } from "~/i18n/config";
import type { InternshipPage } from "~/services/internships/internship-page.server";

// One internship as students read it: the public page (/stages/:id) and the employer's
// preview (/werkgever/stages/:id/voorbeeld) both render this, from the same view model,
// so the preview is what the public will see once published. Around it the public page
// adds its JSON-LD, back-to-search link and apply section; the preview its banner and a
// note when the pay cannot be checked.
//
// Where the two pages differed before (the public page was kept unless said otherwise):
// - header: the preview showed the work address instead of the sector, and no badges
//   (signatory since, keurmerken); now sector and badges, the address under "Location";
// - pay: the preview put it in the facts list as "Vergoeding per maand", with the code
//   comparison in bold below the list and without the "same for everyone" line or the
//   below-the-new-minimum warning; now the public pay section;
// - travel-cost hint and response statistics: public page only; now both;
// - hours: the preview showed a bare number under "Uren per week"; now "36 uur per week";
// - start: "Start" vs "Start en duur"; qualification: the preview left out BOL/BBL;
// - location: the preview had no location field and no district; now both (the distance
//   stays public-only: it needs the place a search was near, ?bij=);
// - learning goals: one paragraph in the preview, a list on the public page;
// - supervision: the preview's "Je praktijkopleider" + name vs the public "Begeleiding"
//   with the sentence that there is no productive work without supervision;
// - when no pay rule applies, the preview printed the check's message as if students
//   saw it; students see no comparison, so that message is now a preview-only note.

type Source = Pick<InternshipPage, "internship" | "comparison" | "belowCode" | "response">;

/** The view model of an internship's page, from what internship-page.server.ts loads; plain data, safe to return from a loader. */
export function internshipView({ internship: i, comparison, belowCode, response }: Source, locale: Locale) {
  const street = i.locationStreet;
  return {
    internship: {
      id: i.id,
      title: i.title,
      description: i.description,
      learningGoals: i.learningGoals,
      hoursPerWeek: i.hoursPerWeek,
      monthlyAllowance: i.monthlyAllowance,
      hourlyWageCents: i.hourlyWageCents,
      level: i.level,
      route: i.route,
      startDate: i.startDate.toISOString(),
      durationWeeks: i.durationWeeks,
      locationCity: i.locationCity,
      locationStreet: street,
      locationPostcode: i.locationPostcode,
      // A Dutch address line: "Damrak 1, 1012 LG Amsterdam".
      workAddress: [street, [i.locationPostcode, i.locationCity].filter(Boolean).join(" ")].filter(Boolean).join(", "),
      trainerName: i.trainerName,
      district: i.district?.name ?? null,
      municipality: i.municipality.name,
      organisation: { name: i.organisation.name, sector: i.organisation.sector },
      marks: i.marks.map((m) => ({ type: m.type, validFrom: m.validFrom.toISOString() })),
      signatorySince: i.signatorySince?.toISOString() ?? null,
      qualification: i.qualification ? { name: locale === "en" ? i.qualification.nameEn : i.qualification.nameNl, crebo: i.qualification.crebo } : null,
    },
    comparison,
    belowCode,
    response,
    travelHint: travelHintFor(i.travelHint, i.monthlyAllowance, locale),
  };
}

export type InternshipViewModel = ReturnType<typeof internshipView>;

/** How far the work address is from the place a search was near; only the public page knows it. */
type Distance = { place: string; km: number } | null;

export function InternshipView({ view, distance = null }: { view: InternshipViewModel; distance?: Distance }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { internship: s, comparison, belowCode, travelHint, response } = view;
  return (
    <div className="space-y-6" data-internship-view="">
      <header>
        <h1>{s.title}</h1>
        <p className="mt-2 text-slate-700">
          {s.organisation.name} · {t(`common:sector.${s.organisation.sector}`)}
        </p>
        <div className="mt-2 flex flex-wrap gap-1">
          {s.signatorySince ? (
            <span className="badge border-brand-700 bg-brand-50 text-brand-900">
              {t("search:stage.signatory_since", { date: formatDate(s.signatorySince, locale) })}
            </span>
          ) : null}
          <KeurmerkBadges marks={s.marks} />
        </div>
      </header>
      <section aria-labelledby="pay-h" className="card">
        <h2 id="pay-h">{t(s.route === "BBL" ? "search:stage.wage" : "search:stage.allowance")}</h2>
        <p className="mt-2 text-2xl font-bold">{formatPay(s, locale)}</p>
        {comparison ? <p className="mt-1">{t(comparison.key, comparison.params)}</p> : null}
        {belowCode ? (
          <p role="note" className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-950">
            {t("search:stage.below_code", { amount: formatRuleAmount(belowCode.required, belowCode.rule, locale), date: formatDate(belowCode.by, locale) })}
          </p>
        ) : null}
        <p className="hint">{t("search:stage.same_for_everyone")}</p>
      </section>
      {travelHint ? <TravelHint hint={travelHint} /> : null}
      <dl className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.hours")}</dt>
          <dd className="font-semibold">{t("search:card.hours", { hours: s.hoursPerWeek })}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.start")}</dt>
          <dd className="font-semibold">
            {formatDate(s.startDate, locale)} · {t("search:stage.weeks", { count: s.durationWeeks })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.qualification")}</dt>
          <dd className="font-semibold">
            {s.qualification ? `${s.qualification.name}${s.qualification.crebo ? ` (crebo ${s.qualification.crebo})` : ""}` : "—"} ·{" "}
            {t("search:card.level", { level: s.level })}
            {s.route ? ` · ${s.route}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("search:stage.location")}</dt>
          <dd className="font-semibold">
            {s.workAddress}
            {s.district ? ` · ${t("search:stage.district", { district: s.district })}` : ""}
          </dd>
          {distance ? (
            <dd className="text-slate-700">
              {distance.km < 0.1
                ? t("search:stage.distance_close", { place: distance.place })
                : t("search:stage.distance", { distance: formatDistance(distance.km, locale), place: distance.place })}
            </dd>
          ) : null}
        </div>
      </dl>
      <section aria-labelledby="desc-h">
        <h2 id="desc-h">{t("search:stage.description")}</h2>
        <p className="mt-2 whitespace-pre-line">{s.description}</p>
      </section>
      <section aria-labelledby="goals-h">
        <h2 id="goals-h">{t("search:stage.learning_goals")}</h2>
        <ul className="mt-2 list-disc pl-6">
          {s.learningGoals
            .split("\n")
            .filter((g) => g.trim())
            .map((g, n) => (
              <li key={n}>{g}</li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="trainer-h">
        <h2 id="trainer-h">{t("search:stage.supervision")}</h2>
        <p className="mt-2">{t("search:stage.trainer", { name: s.trainerName })}</p>
      </section>
      {response ? <ResponseStatsSection stats={response} /> : null}
    </div>
  );
}
