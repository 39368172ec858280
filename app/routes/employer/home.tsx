import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { formatDate, type Locale } from "~/i18n/config";
import { listFlaggedInternships } from "~/services/internships/internships-employer.server";
import { getOwnOrganisation } from "~/services/organisations/organisations.server";
import { ResignBanner } from "~/components/resign-banner";
import { pactStateOf, resignBannerOf } from "~/services/pact/pact.server";
import { parseFlagReason } from "~/services/pay-code/pay-rules.server";
import { countOverdue } from "~/services/applications/application-response.server";
import { db } from "~/utils/db.server";
import { notFound, requireEmployer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId, memberRole } = await requireEmployer(request);
  const organisation = await getOwnOrganisation(organisationId);
  if (!organisation) notFound();
  const { t } = getT(request);
  const signature = organisation.signatures[0] ?? null;
  const [state, flagged, overdue] = await Promise.all([
    pactStateOf(db, organisation, new Date()),
    listFlaggedInternships(organisationId),
    countOverdue(organisationId, new Date()),
  ]);
  return {
    overdue,
    standing: state.standing,
    resign: resignBannerOf(state),
    flagged: flagged.map((f) => ({
      id: f.id,
      title: f.title,
      status: f.status,
      reason: parseFlagReason(f.flagReason),
      unpublishAfter: f.unpublishAfter?.toISOString() ?? null,
    })),
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
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { organisation, signature, memberRole, standing, flagged, resign, overdue } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{organisation.name}</h1>
      <p className="text-slate-700">
        {t(`common:sector.${organisation.sector}`)} · {t(`common:kind.${organisation.kind}`)} · {organisation.municipality}
        {organisation.district ? `, ${organisation.district}` : ""} · KvK {organisation.kvkNumber}
      </p>
      <ResignBanner resign={resign} />
      {overdue > 0 ? (
        <section className="card border-red-300 bg-red-50" aria-labelledby="overdue-h">
          <h2 id="overdue-h">{t("response:home_title")}</h2>
          <p className="mt-2 font-semibold">{t("response:home_overdue", { count: overdue })}</p>
          <p className="mt-1">{t("response:home_explain")}</p>
          <p className="mt-2">
            <Link to="/werkgever/sollicitaties">{t("response:home_cta")}</Link>
          </p>
        </section>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <section className="card" aria-labelledby="verification-h">
          <h2 id="verification-h">{t("areas:employer.verification")}</h2>
          <p className="mt-2">{t(`common:verification.${organisation.verificationStatus}`)}</p>
        </section>
        <section className="card" aria-labelledby="pact-h">
          <h2 id="pact-h">{t("areas:employer.pact")}</h2>
          <p className="mt-2 font-semibold">{t(`employer:standing.${standing}`)}</p>
          {signature ? (
            <p className="hint">{t("employer:home.latest_signature", { version: signature.version, status: t(`common:signature.${signature.status}`) })}</p>
          ) : null}
          <p className="mt-2">
            <Link to="/werkgever/stagepact">
              {standing === "none" || standing === "must_resign" ? t("employer:home.sign_cta") : t("employer:home.pact_link")}
            </Link>
          </p>
        </section>
        <section className="card" aria-labelledby="internships-h">
          <h2 id="internships-h">{t("areas:employer.internships")}</h2>
          <p className="mt-2 text-3xl font-bold">{organisation.internshipCount}</p>
          <p className="mt-2">
            <Link to="/werkgever/stages">{t("employer:home.internships_link")}</Link>
          </p>
        </section>
      </div>
      {flagged.length > 0 ? (
        <section className="card border-l-4 border-red-700" aria-labelledby="flagged-h">
          <h2 id="flagged-h">{t("employer:home.flagged_heading")}</h2>
          <p className="mt-1">{t("employer:home.flagged_intro")}</p>
          <ul className="mt-3 space-y-3">
            {flagged.map((f) => (
              <li key={f.id}>
                <Link to={`/werkgever/stages/${f.id}`} className="font-semibold">
                  {f.title}
                </Link>
                {f.reason ? <p>{t(f.reason.key, f.reason.params)}</p> : null}
                <p className="text-slate-700">
                  {f.status === "published" && f.unpublishAfter
                    ? t("employer:internship.unpublish_after", { date: formatDate(f.unpublishAfter, locale) })
                    : t("employer:home.flagged_unpublished")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label={t("employer:home.tasks_label")} className="card">
        <h2>{t("employer:home.tasks")}</h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-3">
          <li>
            <Link to="/werkgever/stages/nieuw">{t("employer:internships.new")}</Link>
          </li>
          <li>
            <Link to="/werkgever/stagepact">{t("employer:pact.title")}</Link>
          </li>
          <li>
            <Link to="/werkgever/organisatie">{t("employer:organisation.title")}</Link>
          </li>
          <li>
            <Link to="/werkgever/collega-s">{t("employer:colleagues.title")}</Link>
          </li>
          <li>
            <Link to="/werkgever/sollicitaties">{t("employer:home.applications_link")}</Link>
          </li>
          <li>
            <Link to="/werkgever/keurmerken">{t("employer:home.keurmerken_link")}</Link>
          </li>
        </ul>
      </nav>
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
