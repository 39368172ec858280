import { db } from "~/utils/db.server";

/**
 * Applications and profiles keep the qualification's Dutch name as it was when sent (a
 * snapshot); this renders it in the reader's language from the qualification's `nameEn`.
 * A name no longer in the list stays as stored.
 */
export async function qualificationNameIn(locale: string): Promise<(stored: string | null) => string | null> {
  if (locale !== "en") return (stored) => stored;
  const rows = await db.qualification.findMany({ select: { nameNl: true, nameEn: true } });
  const english = new Map(rows.filter((r) => r.nameEn).map((r) => [r.nameNl, r.nameEn]));
  return (stored) => (stored === null ? null : (english.get(stored) ?? stored));
}
