import { isTravelHintShown, type TravelCostHint } from "~/domain/pay-code";
import type { TravelHintInput } from "~/schemas/travel-hint";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

/** The columns the rule needs; shared by every query that shows the hint. */
export const travelHintSelect = { textNl: true, textEn: true, url: true, allowanceThreshold: true } as const;

/** The municipality's hint when this allowance is below its threshold, in both languages; null otherwise. */
export function applicableTravelHint(hint: TravelCostHint | null | undefined, monthlyAllowance: number | null): TravelCostHint | null {
  return hint && isTravelHintShown(monthlyAllowance, hint.allowanceThreshold) ? hint : null;
}

export function listTravelHintsForAdmin() {
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, travelCostHint: { select: travelHintSelect } },
  });
}

export class UnknownMunicipalityError extends Error {}

export async function saveTravelHint(actorId: string, input: Omit<TravelHintInput, "intent">) {
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, name: true } });
    if (!municipality) throw new UnknownMunicipalityError();
    const before = await tx.travelCostHint.findUnique({ where: { municipalityId: municipality.id }, select: travelHintSelect });
    const values = { textNl: input.textNl, textEn: input.textEn, url: input.url, allowanceThreshold: input.allowanceThreshold, updatedById: actorId };
    const saved = await tx.travelCostHint.upsert({
      where: { municipalityId: municipality.id },
      create: { municipalityId: municipality.id, ...values },
      update: values,
    });
    await writeAudit(tx, {
      actorId,
      action: "travel_hint.save",
      entityType: "travel_cost_hint",
      entityId: saved.id,
      municipalityId: municipality.id,
      details: { before, after: { textNl: saved.textNl, textEn: saved.textEn, url: saved.url, allowanceThreshold: saved.allowanceThreshold } },
    });
    return { ...saved, municipalityName: municipality.name };
  });
}
