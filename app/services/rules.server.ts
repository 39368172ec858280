import { db } from "~/utils/db.server";

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
