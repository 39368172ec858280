import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { getOwnOrganisation } from "~/services/organisations.server";
import { notFound, requireEmployer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId, memberRole } = await requireEmployer(request);
  const organisation = await getOwnOrganisation(organisationId);
  if (!organisation) notFound();
  const { t } = getT(request);
  const signature = organisation.signatures[0] ?? null;
  return {
    title: t("areas:employer.title"),
    memberRole,
    organisation: {
      name: organisation.name,
      kvkNumber: organisation.kvkNumber,
      sector: organisation.sector,
      kind: organisation.kind,
      municipality: organisation.municipality.name,
      district: organisation.district?.name ?? null,
      verificationStatus: organisation.verificationStatus,
      internshipCount: organisation._count.internships,
      members: organisation.memberships.map((m) => ({ name: m.user.name, role: m.role })),
    },
    signature: signature ? { status: signature.status, version: signature.pactVersion.version, signedAt: signature.signedAt.toISOString() } : null,
  };
}

export default function EmployerHome() {
  const { t } = useTranslation();
  const { organisation, signature, memberRole } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{organisation.name}</h1>
      <p className="text-slate-700">
        {t(`common:sector.${organisation.sector}`)} · {t(`common:kind.${organisation.kind}`)} · {organisation.municipality}
        {organisation.district ? `, ${organisation.district}` : ""} · KvK {organisation.kvkNumber}
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <section className="card" aria-labelledby="verification-h">
          <h2 id="verification-h">{t("areas:employer.verification")}</h2>
          <p className="mt-2">{t(`common:verification.${organisation.verificationStatus}`)}</p>
        </section>
        <section className="card" aria-labelledby="pact-h">
          <h2 id="pact-h">{t("areas:employer.pact")}</h2>
          <p className="mt-2">{signature ? t(`common:signature.${signature.status}`) : t("areas:employer.not_signed")}</p>
        </section>
        <section className="card" aria-labelledby="internships-h">
          <h2 id="internships-h">{t("areas:employer.internships")}</h2>
          <p className="mt-2 text-3xl font-bold">{organisation.internshipCount}</p>
        </section>
      </div>
      <section className="card" aria-labelledby="members-h">
        <h2 id="members-h">{t("areas:employer.members")}</h2>
        <p className="hint">{t("areas:employer.your_role", { role: t(`common:member_role.${memberRole}`) })}</p>
        <ul className="mt-2 list-disc pl-6">
          {organisation.members.map((m) => (
            <li key={m.name}>
              {m.name} ({t(`common:member_role.${m.role}`)})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
