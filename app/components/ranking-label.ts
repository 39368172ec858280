import type { TFunction } from "i18next";
import type { LabelScope } from "~/domain/ranking";

/** "Horeca-werkgever 1, Zuidoost", widened to "Horeca-werkgever 1" or "Werkgever 1" when the domain dropped a part. */
export function rankingLabel(t: TFunction, label: LabelScope & { n: number }): string {
  if (!label.sector) return t("publishing:ranking.label_no_sector", { n: label.n });
  const sector = t(`common:sector.${label.sector}`);
  return label.district
    ? t("publishing:ranking.label", { sector, n: label.n, district: label.district })
    : t("publishing:ranking.label_no_district", { sector, n: label.n });
}
