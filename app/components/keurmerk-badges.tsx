import { useTranslation } from "react-i18next";

export type BadgeMark = { type: string; validFrom?: string | Date | null };

/**
 * Active keurmerken as badges. Pass only active marks (activeMarks / activeMarksByOrganisation
 * with `now`), so an expired mark never shows. Green on white keeps AA contrast.
 */
export function KeurmerkBadges({ marks, className = "" }: { marks: BadgeMark[]; className?: string }) {
  // Most result cards have no mark: no translation hook for them (each call costs a wrapper of i18n's instance).
  return marks.length === 0 ? null : <BadgeList marks={marks} className={className} />;
}

function BadgeList({ marks, className }: { marks: BadgeMark[]; className: string }) {
  const { t } = useTranslation();
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label={t("keurmerk:badges_label")}>
      {marks.map((m) => {
        const year = m.validFrom ? new Date(m.validFrom).getUTCFullYear() : "";
        return (
          <li key={m.type} className="badge border-emerald-700 bg-emerald-50 text-emerald-900">
            {t(`keurmerk:badge.${m.type}`, { year }).trim()}
          </li>
        );
      })}
    </ul>
  );
}
