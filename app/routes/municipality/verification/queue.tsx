import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { getPendingChangeRequests, getVerificationQueue, listDecidedOrganisations } from "~/services/organisations/verification.server";
import { requireOfficer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "verify:organisation:municipality");
  const { t } = getT(request);
  const [queue, decided, changes] = await Promise.all([
    getVerificationQueue(municipalityId),
    listDecidedOrganisations(municipalityId),
    getPendingChangeRequests(municipalityId),
  ]);
  return {
    title: t("verification:queue.title"),
    queue: queue.map((o) => ({
      id: o.id,
      name: o.name,
      kvkNumber: o.kvkNumber,
      sector: o.sector,
      verificationStatus: o.verificationStatus,
      signature: o.signatures[0] ? { status: o.signatures[0].status, signedAt: o.signatures[0].signedAt.toISOString() } : null,
      createdAt: o.createdAt.toISOString(),
    })),
    decided: decided.map((o) => ({ id: o.id, name: o.name, status: o.signatures[0]?.status ?? null })),
    changes: changes.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
  };
}

export default function VerificationQueue() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { queue, decided, changes } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("verification:queue.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("verification:queue.intro")}</p>
      {queue.length === 0 ? (
        <p className="card">{t("verification:queue.empty")}</p>
      ) : (
        <TableScroll label={t("verification:queue.caption")} className="card p-0">
          <table className="table">
            <caption className="sr-only">{t("verification:queue.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("verification:queue.organisation")}</th>
                <th scope="col">{t("verification:queue.kvk")}</th>
                <th scope="col">{t("verification:queue.verification")}</th>
                <th scope="col">{t("verification:queue.signature")}</th>
                <th scope="col">{t("verification:queue.since")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/gemeente/verificatie/${o.id}`}>{o.name}</Link>
                    <span className="block text-sm text-slate-700">{t(`common:sector.${o.sector}`)}</span>
                  </td>
                  <td>{o.kvkNumber}</td>
                  <td>{t(`common:verification.${o.verificationStatus}`)}</td>
                  <td>{o.signature ? t(`common:signature.${o.signature.status}`) : t("verification:queue.no_signature")}</td>
                  <td>{formatDate(o.signature?.signedAt ?? o.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <section className="card" aria-labelledby="changes-h">
        <h2 id="changes-h">{t("verification:change.queue_title")}</h2>
        <p className="hint">{t("verification:change.queue_hint")}</p>
        {changes.length === 0 ? (
          <p className="mt-2">{t("verification:change.queue_empty")}</p>
        ) : (
          <TableScroll label={t("verification:change.queue_caption")} className="mt-2">
            <table className="table">
              <caption className="sr-only">{t("verification:change.queue_caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("verification:queue.organisation")}</th>
                  <th scope="col">{t("verification:change.requested")}</th>
                  <th scope="col">{t("verification:queue.since")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/gemeente/verificatie/${c.organisationId}`}>{c.organisationName}</Link>
                    </td>
                    <td>
                      <ul>
                        {c.changes.map((f) => (
                          <li key={f.field}>
                            {t("verification:change.line", {
                              field: t(`verification:change.fields.${f.field}`),
                              from: f.field === "kind" ? t(`common:kind.${f.from}`) : f.from,
                              to: f.field === "kind" ? t(`common:kind.${f.to}`) : f.to,
                            })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{formatDate(c.createdAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="card" aria-labelledby="decided-h">
        <h2 id="decided-h">{t("verification:queue.decided")}</h2>
        <p className="hint">{t("verification:queue.decided_hint")}</p>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {decided.map((o) => (
            <li key={o.id}>
              <Link to={`/gemeente/verificatie/${o.id}`}>{o.name}</Link> — {o.status ? t(`common:signature.${o.status}`) : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
