import { yearOf } from "~/domain/signatories";
import { getSignatoryLists } from "~/services/signatories/signatories.server";

/** The year asked for with ?jaar=, or the current year; anything else is a 400. */
export function requestedYear(request: Request, now: Date): number {
  const raw = new URL(request.url).searchParams.get("jaar");
  if (raw === null || raw === "") return yearOf(now);
  if (!/^\d{4}$/.test(raw)) throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  return Number(raw);
}

/** Shared by the page, its .csv and .json siblings and /api/v1/ondertekenaars: one source for every format. */
export async function loadSignatories(request: Request) {
  const now = new Date();
  return getSignatoryLists(requestedYear(request, now), now);
}

/** The open-data shape, shared by the .json sibling and /api/v1/ondertekenaars. */
export async function signatoriesJson(request: Request) {
  const { year, years, lists } = await loadSignatories(request);
  return {
    year,
    years,
    lists: lists.map((l) => ({
      municipality: l.municipality.name,
      published: l.publishedAt !== null,
      publishedAt: l.publishedAt,
      signatories: l.rows.map((r) => ({
        name: r.name,
        sector: r.sector,
        municipality: r.municipality,
        district: r.district,
        signedOn: r.signedOn,
        marks: r.marks,
      })),
    })),
  };
}
