import { useTranslation } from "react-i18next";
import { markersFor, pseudonymFor } from "~/domain/anonymisation/display";
import { formatDate, type Locale } from "~/i18n/config";

// Pieces shared by the student's and the employer's application pages.

const STATUS_STYLE: Record<string, string> = {
  submitted: "border-brand-700 bg-brand-50 text-brand-900",
  in_review: "border-amber-700 bg-amber-50 text-amber-900",
  invited: "border-green-700 bg-green-50 text-green-900",
  accepted: "border-green-800 bg-green-100 text-green-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  withdrawn: "border-slate-500 bg-slate-100 text-slate-800",
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge ${STATUS_STYLE[status] ?? STATUS_STYLE.withdrawn}`}>{t(`applications:status.${status}`)}</span>;
}

export type SnapshotData = {
  qualificationName: string | null;
  crebo: string | null;
  level: number | null;
  schoolYear: number | null;
  availableFrom: string | null;
  availableHours: number | null;
  skills: string[];
  motivationScrubbed: string;
};

/** A passage of the motivation to point out to the student: offsets into motivationScrubbed. */
export type MotivationHighlight = { kind: string; start: number; end: number };

/** The motivation with the highlighted passages in <mark>; text outside them unchanged. */
function MotivationText({ text, highlights }: { text: string; highlights: MotivationHighlight[] }) {
  const { t, i18n } = useTranslation();
  const shown = (part: string) => markersFor(part, i18n.language);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < cursor || h.end > text.length || h.end <= h.start) continue;
    parts.push(shown(text.slice(cursor, h.start)));
    parts.push(
      <mark key={h.start} data-hint-kind={h.kind} className="rounded bg-amber-200 px-0.5 text-slate-950">
        {shown(text.slice(h.start, h.end))}
        <span className="sr-only"> ({t(`applications:apply.hint_kind.${h.kind}`)})</span>
      </mark>,
    );
    cursor = h.end;
  }
  parts.push(shown(text.slice(cursor)));
  return <>{parts}</>;
}

/** What an employer sees of an application before invitation; the student's preview uses the same component. */
export function AnonymousApplication({
  pseudonym,
  snapshot,
  headingLevel = 2,
  highlights = [],
}: {
  pseudonym: string;
  snapshot: SnapshotData;
  headingLevel?: 2 | 3;
  /** Only in the student's preview: passages that may tell who the student is. */
  highlights?: MotivationHighlight[];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const none = t("applications:fields.not_given");
  return (
    <div className="space-y-4">
      <Heading>{pseudonymFor(pseudonym, locale)}</Heading>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:fields.qualification")}</dt>
          <dd>
            {snapshot.qualificationName ?? none}
            {snapshot.crebo ? ` (crebo ${snapshot.crebo})` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:fields.level_year")}</dt>
          <dd>
            {snapshot.level !== null ? t("applications:fields.level_value", { level: snapshot.level }) : none} ·{" "}
            {snapshot.schoolYear !== null ? t("applications:fields.school_year_value", { year: snapshot.schoolYear }) : none}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:fields.availability")}</dt>
          <dd>
            {snapshot.availableFrom ? t("applications:fields.from_date", { date: formatDate(snapshot.availableFrom, locale) }) : none}
            {snapshot.availableHours !== null ? ` · ${t("applications:fields.hours_value", { hours: snapshot.availableHours })}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("applications:fields.skills")}</dt>
          <dd>{snapshot.skills.length > 0 ? markersFor(snapshot.skills.join(", "), locale) : none}</dd>
        </div>
      </dl>
      <div>
        <p className="text-sm font-semibold text-slate-700">{t("applications:fields.motivation")}</p>
        <p className="mt-1 whitespace-pre-line rounded-md border border-slate-200 bg-slate-50 p-3">
          {highlights.length > 0 ? (
            <MotivationText text={snapshot.motivationScrubbed} highlights={highlights} />
          ) : (
            markersFor(snapshot.motivationScrubbed, locale)
          )}
        </p>
      </div>
    </div>
  );
}

export function HistoryList({
  history,
  viewer,
}: {
  history: { id: string; toStatus: string; reason: string | null; actorRole: string; createdAt: string }[];
  viewer: "student" | "employer";
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <ol className="space-y-2">
      {history.map((h) => (
        <li key={h.id} className="flex flex-wrap items-center gap-2">
          <time dateTime={h.createdAt} className="text-sm text-slate-700">
            {formatDate(h.createdAt, locale)}
          </time>
          <StatusBadge status={h.toStatus} />
          <span className="text-sm text-slate-700">{t(`applications:actor.${viewer}.${h.actorRole}`)}</span>
          {h.reason ? <span className="text-sm text-slate-700">· {t(`applications:reason.${h.reason}`)}</span> : null}
        </li>
      ))}
    </ol>
  );
}
