// Open-data shapes of a search: the JSON item, CSV and an Atom feed. Pure functions of
// search documents, so the API, the export and the feed describe an internship alike.
// Only public fields: the trainer's contact details never leave the internship page.
import type { SearchHit } from "./document";

export function openDataItem(d: SearchHit, appUrl: string) {
  return {
    id: d.id,
    url: `${appUrl}/stages/${d.id}`,
    title: d.title,
    organisation: d.organisationName,
    sector: d.sector,
    organisationKind: d.organisationKind,
    qualification: d.qualificationNl,
    qualificationId: d.qualificationId,
    crebo: d.crebo,
    level: d.level,
    route: d.route,
    hoursPerWeek: d.hoursPerWeek,
    monthlyAllowance: d.monthlyAllowance,
    hourlyWage: d.hourlyWageCents === null ? null : d.hourlyWageCents / 100,
    requiredByCode: d.requiredByCode === null ? null : d.route === "BBL" ? d.requiredByCode / 100 : d.requiredByCode,
    codeRule: d.codeRule,
    payCheck: d.payCheck,
    raiseBy: d.raiseBy,
    startDate: d.startDate,
    durationWeeks: d.durationWeeks,
    municipality: d.municipalityName,
    district: d.districtName,
    city: d.city,
    latitude: d.latitude,
    longitude: d.longitude,
    // Only in a search near a place: km from it, to 0.1 km.
    distanceKm: typeof d.distanceKm === "number" ? Math.round(d.distanceKm * 10) / 10 : null,
    pactSignatory: d.pactSignatory,
    pactSignatorySince: d.pactSignatorySince,
    keurmerken: d.marks,
    shortageSector: d.shortageSector,
    districtInternship: d.districtInternship,
    publishedAt: new Date(d.publishedAt).toISOString(),
  };
}

export const CSV_COLUMNS = [
  "id",
  "url",
  "title",
  "organisation",
  "sector",
  "qualification",
  "crebo",
  "level",
  "route",
  "hoursPerWeek",
  "monthlyAllowance",
  "hourlyWage",
  "requiredByCode",
  "payCheck",
  "raiseBy",
  "startDate",
  "durationWeeks",
  "municipality",
  "district",
  "city",
  "latitude",
  "longitude",
  "distanceKm",
  "pactSignatory",
  "keurmerken",
  "publishedAt",
] as const;

/** RFC 4180 cell; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : Array.isArray(value) ? value.join("|") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(documents: SearchHit[], appUrl: string): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const d of documents) {
    const item = openDataItem(d, appUrl) as Record<string, unknown>;
    lines.push(CSV_COLUMNS.map((c) => csvCell(item[c])).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

export type AtomEntry = { id: string; url: string; title: string; summary: string; updated: Date; author: string };

export function toAtom(feed: { id: string; title: string; selfUrl: string; pageUrl: string; updated: Date; lang: string; entries: AtomEntry[] }): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <author><name>${xml(e.author)}</name></author>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.lang)}">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>
  <updated>${feed.updated.toISOString()}</updated>
${entries}
</feed>
`;
}
