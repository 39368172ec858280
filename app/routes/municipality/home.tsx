import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { getOfficerOverview } from "~/services/municipalities/municipality.server";
import { notFound, requireOfficer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request);
  const overview = await getOfficerOverview(municipalityId);
  if (!overview) notFound();
  const { t } = getT(request);
  return { title: t("areas:municipality.title"), overview };
}

export default function MunicipalityHome() {
  const { t } = useTranslation();
  const { overview } = useLoaderData<typeof loader>();
  const tiles = [
    { key: "pending_organisations", value: overview.pendingOrganisations },
    { key: "pending_signatures", value: overview.pendingSignatures },
    { key: "pending_changes", value: overview.pendingChanges },
    { key: "open_reports", value: overview.openReports },
    { key: "published_internships", value: overview.publishedInternships },
  ] as const;
  return (
    <div className="space-y-6">
      <h1>{t("areas:municipality.heading", { name: overview.name })}</h1>
      <ul className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.key} className="card">
            <p className="text-sm font-semibold text-slate-700">{t(`areas:municipality.${tile.key}`)}</p>
            <p className="mt-2 text-3xl font-bold">{tile.value}</p>
          </li>
        ))}
      </ul>
      <p className="card">
        <Link to="/gemeente/verificatie">
          {t("verification:queue.link", { count: overview.pendingOrganisations + overview.pendingSignatures + overview.pendingChanges })}
        </Link>
      </p>
      <p className="card">
        <Link to="/gemeente/opnieuw-ondertekenen">{t("resign:list.title")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
