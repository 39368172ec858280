import type { OrganisationInput } from "~/schemas/organisation";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { createSession } from "~/utils/session.server";
import { assertEmailFree } from "~/services/accounts/auth.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";
import { locateOrganisationAddress } from "~/services/locations/work-location.server";

export class KvkTakenError extends Error {
  constructor() {
    super("kvk number already registered");
  }
}

export class UnknownDistrictError extends Error {
  constructor() {
    super("district does not belong to the municipality");
  }
}

async function validatePlace(tx: Tx, input: Pick<OrganisationInput, "municipalityId" | "districtId">) {
  const municipality = await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true } });
  if (!municipality) throw new UnknownDistrictError();
  if (input.districtId) {
    const district = await tx.district.findFirst({ where: { id: input.districtId, municipalityId: input.municipalityId } });
    if (!district) throw new UnknownDistrictError();
  }
}

function organisationData(input: OrganisationInput) {
  return {
    name: input.organisationName,
    kvkNumber: input.kvkNumber,
    sbbId: input.sbbId ?? null,
    kind: input.kind,
    sector: input.sector,
    isStaffingAgency: input.isStaffingAgency,
    street: input.street,
    houseNumber: input.houseNumber,
    postcode: input.postcode,
    city: input.city,
    municipalityId: input.municipalityId,
    districtId: input.districtId ?? null,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone ?? null,
  };
}

/** Employer sign-up: the account, the organisation and the owner membership land together or not at all. */
export async function signUpEmployer(input: OrganisationInput & { name: string; email: string; password: string; locale: string }) {
  await assertEmailFree(input.email);
  const passwordHash = await hashPassword(input.password);
  // Throws AddressNotFoundError before anything is stored; a geocoder outage stores no coordinates.
  const { latitude, longitude } = await locateOrganisationAddress(input, null, new Date());
  const user = await db.$transaction(async (tx) => {
    await validatePlace(tx, input);
    if (await tx.organisation.findUnique({ where: { kvkNumber: input.kvkNumber }, select: { id: true } })) throw new KvkTakenError();
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, locale: input.locale } });
    const organisation = await tx.organisation.create({ data: { ...organisationData(input), latitude, longitude } });
    await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "owner" } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "organisation.register",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      municipalityId: organisation.municipalityId,
    });
    await enqueueSearchUpdate(tx, "organisation", organisation.id);
    return user;
  });
  const { token } = await createSession(user.id);
  return { user, token };
}

export function listMunicipalitiesWithDistricts() {
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, districts: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
}

/** An organisation as its own members see it; the caller has already checked membership. */
export function getOwnOrganisation(organisationId: string) {
  return db.organisation.findUnique({
    where: { id: organisationId },
    include: {
      municipality: { select: { name: true } },
      district: { select: { name: true } },
      memberships: { include: { user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
      signatures: { orderBy: { signedAt: "desc" }, take: 1, include: { pactVersion: { select: { version: true } } } },
      _count: { select: { internships: true } },
    },
  });
}
