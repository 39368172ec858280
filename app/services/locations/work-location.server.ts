import { normalisePostcode } from "~/domain/organisation";
import { sameAddress, splitStreet, type WorkAddress } from "~/domain/location/address";
import { db } from "~/utils/db.server";
import { geocodeAddress, type Geocoder, currentGeocoder } from "./geocoder.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

// Coordinates for the places people work: the organisation's address and each
// internship's work address. Looked up before a save (never inside a transaction: the
// geocoder is a network call), reused when nothing changed, and filled in later by the
// geocode-missing job when the geocoder was down.

/** The address could be read but the geocoder knows no such place: the postcode is usually the typo. */
export class AddressNotFoundError extends Error {
  constructor() {
    super("address not found by the geocoder");
    this.name = "AddressNotFoundError";
  }
}

export type Located = { latitude: number | null; longitude: number | null; pending: boolean };

const NONE: Located = { latitude: null, longitude: null, pending: false };

type StoredPlace = WorkAddress & { latitude: number | null; longitude: number | null };

async function lookup(address: WorkAddress, now: Date, geocoder?: Geocoder): Promise<Located> {
  const result = await geocodeAddress(address, now, geocoder ?? currentGeocoder());
  if (result.status === "found") return { latitude: result.latitude, longitude: result.longitude, pending: false };
  if (result.status === "not_found") throw new AddressNotFoundError();
  // Saved without coordinates; geocode-missing tries again.
  return { latitude: null, longitude: null, pending: true };
}

/**
 * Coordinates for an organisation's (new) address. Unchanged and already located: kept
 * without a lookup. Throws AddressNotFoundError; `pending` when the geocoder was down.
 */
export async function locateOrganisationAddress(address: WorkAddress, previous: StoredPlace | null, now: Date): Promise<Located> {
  if (previous && previous.latitude !== null && previous.longitude !== null && sameAddress(address, previous)) {
    return { latitude: previous.latitude, longitude: previous.longitude, pending: false };
  }
  return lookup(address, now);
}

export type InternshipAddressInput = { locationStreet?: string | null; locationPostcode?: string | null; locationCity: string };

/**
 * Coordinates for an internship's work address, for an organisation the caller's guard
 * resolved. The organisation's own address uses its coordinates without a lookup; an
 * unchanged address keeps the internship's; a work address without a postcode is not
 * looked up (the postcode is what tells two streets of the same name apart).
 */
export async function locateInternshipAddress(organisationId: string, internshipId: string | null, input: InternshipAddressInput, now: Date): Promise<Located> {
  const postcode = input.locationPostcode ? normalisePostcode(input.locationPostcode) : null;
  if (!postcode) return NONE;
  const { street, houseNumber } = splitStreet(input.locationStreet ?? "");
  const address: WorkAddress = { street, houseNumber, postcode, city: input.locationCity };
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { street: true, houseNumber: true, postcode: true, city: true, latitude: true, longitude: true },
  });
  if (sameAddress(address, organisation)) {
    if (organisation.latitude !== null && organisation.longitude !== null)
      return { latitude: organisation.latitude, longitude: organisation.longitude, pending: false };
  }
  if (internshipId) {
    const existing = await db.internship.findFirst({
      where: { id: internshipId, organisationId },
      select: { locationStreet: true, locationPostcode: true, locationCity: true, latitude: true, longitude: true },
    });
    if (existing?.latitude != null && existing.longitude != null && existing.locationPostcode) {
      const before = splitStreet(existing.locationStreet ?? "");
      if (sameAddress(address, { ...before, postcode: existing.locationPostcode, city: existing.locationCity })) {
        return { latitude: existing.latitude, longitude: existing.longitude, pending: false };
      }
    }
  }
  return lookup(address, now);
}

const BATCH = 50;

/**
 * The geocode-missing job: organisations and internships saved while the geocoder was
 * down get their coordinates, and internships reach the search index again. Stops at
 * the first "unavailable" (the geocoder is still down; the next run tries again).
 */
export async function fillMissingCoordinates(now: Date, geocoder: Geocoder = currentGeocoder()) {
  let organisations = 0;
  let internships = 0;
  let notFound = 0;
  const orgs = await db.organisation.findMany({
    where: { latitude: null },
    select: { id: true, street: true, houseNumber: true, postcode: true, city: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const o of orgs) {
    const result = await geocodeAddress(o, now, geocoder);
    if (result.status === "unavailable") return { organisations, internships, notFound, stopped: "unavailable" };
    if (result.status === "not_found") {
      notFound++;
      continue;
    }
    await db.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: o.id }, data: { latitude: result.latitude, longitude: result.longitude } });
      await enqueueSearchUpdate(tx, "organisation", o.id);
    });
    organisations++;
  }
  const rows = await db.internship.findMany({
    where: { latitude: null, locationPostcode: { not: null }, status: { not: "closed" } },
    select: {
      id: true,
      locationStreet: true,
      locationPostcode: true,
      locationCity: true,
      organisation: { select: { street: true, houseNumber: true, postcode: true, city: true, latitude: true, longitude: true } },
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const i of rows) {
    const { street, houseNumber } = splitStreet(i.locationStreet ?? "");
    const address: WorkAddress = { street, houseNumber, postcode: i.locationPostcode!, city: i.locationCity };
    let at: { latitude: number; longitude: number } | null = null;
    const org = i.organisation;
    if (sameAddress(address, org) && org.latitude !== null && org.longitude !== null) {
      at = { latitude: org.latitude, longitude: org.longitude };
    } else {
      const result = await geocodeAddress(address, now, geocoder);
      if (result.status === "unavailable") return { organisations, internships, notFound, stopped: "unavailable" };
      if (result.status === "not_found") {
        notFound++;
        continue;
      }
      at = { latitude: result.latitude, longitude: result.longitude };
    }
    await db.$transaction(async (tx) => {
      await tx.internship.update({ where: { id: i.id }, data: at });
      await enqueueSearchUpdate(tx, "internship", i.id);
    });
    internships++;
  }
  return { organisations, internships, notFound };
}
