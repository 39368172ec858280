// Reading the pay rules: a leaf module (the database only), so search and the pay-rule
// service can both use it without importing each other.
import { allowanceFilterThresholds, isPayRuleKind, minimumsInForce, type PayRule } from "~/domain/pay-code";
import { db, type Db, type Tx } from "~/utils/db.server";

export function listMunicipalityRules() {
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      fullTimeHours: true,
      payRules: { orderBy: [{ kind: "asc" }, { version: "desc" }] },
    },
  });
}

/** The pay rules of one municipality, or of every municipality when none is named. */
export async function loadPayRules(client: Tx | Db, municipalityId?: string): Promise<PayRule[]> {
  const rows = await client.payRule.findMany({ where: municipalityId ? { municipalityId } : {} });
  return rows.flatMap((r) => (isPayRuleKind(r.kind) ? [{ ...r, kind: r.kind }] : []));
}

/**
 * The allowance filter's choices at `now`: the monthly minimums in force in every
 * municipality (one query for all rules), with round steps above (the domain decides).
 */
export async function allowanceThresholdsInForce(now: Date): Promise<number[]> {
  const rules = await loadPayRules(db);
  const minimums = [...new Set(rules.map((r) => r.municipalityId))].flatMap((id) => {
    const inForce = minimumsInForce(rules, id, now);
    return [inForce.pact, inForce.municipal_code];
  });
  return allowanceFilterThresholds(minimums);
}
