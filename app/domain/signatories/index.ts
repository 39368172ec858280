// The yearly list of signatories (DESIGN §3.6) and its open-data formats.
import { amsterdamDay } from "../pact/resign";

export type SignatoryRow = {
  organisationId: string;
  name: string;
  sector: string;
  municipality: string;
  district: string | null;
  /** The day of the first approved signature, YYYY-MM-DD. */
  signedOn: string;
  marks: string[];
};

export type SignatorySource = Omit<SignatoryRow, "signedOn"> & { signedAt: Date };

/** The year in Amsterdam time, so a list published at 00:30 on 1 January belongs to the new year. */
export function yearOf(date: Date): number {
  return Number(amsterdamDay(date).slice(0, 4));
}

/** Rows sorted by name (Dutch collation), the way the list is read and published. */
export function buildSignatoryRows(sources: SignatorySource[]): SignatoryRow[] {
  return sources
    .map(({ signedAt, ...rest }) => ({ ...rest, signedOn: amsterdamDay(signedAt), marks: [...rest.marks] }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl") || a.organisationId.localeCompare(b.organisationId));
}

/** Reads a frozen list back; anything that is not a row is dropped rather than shown half. */
export function parseSignatoryRows(json: string): SignatoryRow[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is SignatoryRow =>
      typeof r === "object" &&
      r !== null &&
      typeof r.organisationId === "string" &&
      typeof r.name === "string" &&
      typeof r.sector === "string" &&
      typeof r.municipality === "string" &&
      typeof r.signedOn === "string" &&
      Array.isArray(r.marks),
  );
}

/**
 * One CSV cell. Quoted when it holds a separator, quote or line break. A cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe: organisation names come from the organisations themselves.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const SIGNATORY_CSV_COLUMNS = ["organisation", "sector", "municipality", "district", "signed_on", "marks"] as const;

/** RFC 4180 CSV with a header row and CRLF line ends; marks separated by "|". */
export function signatoriesToCsv(rows: SignatoryRow[]): string {
  const lines = [SIGNATORY_CSV_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push([r.name, r.sector, r.municipality, r.district, r.signedOn, r.marks.join("|")].map(csvCell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
