import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MYSTERY_GUEST_THRESHOLD } from "~/domain/reports";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listMysteryGuestCandidates } from "~/services/reports/reports.server";
import { requireOfficer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "handle:report:municipality");
  const candidates = await listMysteryGuestCandidates(municipalityId, new Date());
  const { t } = getT(request);
  return {
    title: t("oversight:mystery_guest.title"),
    threshold: MYSTERY_GUEST_THRESHOLD,
    candidates: candidates.map((c) => ({
      organisationId: c.organisationId,
      name: c.organisation.name,
      sector: c.organisation.sector,
      district: c.organisation.district?.name ?? null,
      count: c.count,
      cases: c.cases.map((r) => ({ id: r.id, reference: r.reference, category: r.category, status: r.status, createdAt: r.createdAt.toISOString() })),
    })),
  };
}

export default function MysteryGuest() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { candidates, threshold } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("oversight:mystery_guest.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("oversight:mystery_guest.intro", { threshold })}</p>
      {candidates.length === 0 ? (
        <p className="card mt-6">{t("oversight:mystery_guest.empty", { threshold })}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {candidates.map((c) => (
            <li key={c.organisationId} className="card">
              <h2>{c.name}</h2>
              <p className="text-slate-700">
                {t(`common:sector.${c.sector}`)}
                {c.district ? ` · ${c.district}` : ""} · <strong>{t("oversight:mystery_guest.count", { count: c.count })}</strong>
              </p>
              <h3 className="mt-3 text-base">{t("oversight:mystery_guest.cases", { name: c.name })}</h3>
              <ul className="mt-1 list-disc pl-6">
                {c.cases.map((r) => (
                  <li key={r.id}>
                    <Link to={`/gemeente/meldingen/${r.id}`} className="font-mono">
                      {r.reference}
                    </Link>{" "}
                    · {formatDate(r.createdAt, locale)} · {t(`reports:category.discrimination.${r.category}`)} · {t(`reports:status.${r.status}`)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
