import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CONFIRMED, ConfirmPanel } from "~/components/confirm-panel";
import { FormErrors, SubmitButton } from "~/components/forms";
import { SignatoryTable } from "~/components/signatory-table";
import { yearOf, type SignatoryRow } from "~/domain/signatories";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import {
  AlreadyPublishedError,
  getPublishingOverview,
  ListChangedError,
  previewSignatoryList,
  publishSignatoryList,
} from "~/services/signatories/signatories.server";
import { requireOfficer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { DataTable } from "~/components/data-table";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "publish:list:municipality");
  const overview = await getPublishingOverview(municipalityId, new Date());
  const { t } = getT(request);
  return {
    title: t("oversight:publish.title"),
    year: overview.year,
    liveCount: overview.liveCount,
    publications: overview.publications.map((p) => ({ ...p, publishedAt: p.publishedAt.toISOString() })),
  };
}

type PublishResult = { formErrors?: string[]; confirm?: { year: number; digest: string; rows: SignatoryRow[] } };

export async function action({ request }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "publish:list:municipality");
  const now = new Date();
  const form = await readFormData(request);
  const year = Number(form.get("year"));
  // Only the current year can be frozen: today's list says nothing about an earlier year.
  if (year !== yearOf(now)) throw new Response("Bad Request", { status: 400 });
  const digest = form.get("digest");
  try {
    // First the officer sees the exact rows that will be frozen; only that list is published.
    if (form.get("confirm") !== CONFIRMED) {
      const preview = await previewSignatoryList(municipalityId, year, now);
      return data<PublishResult>({ confirm: { year, ...preview } });
    }
    if (typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest)) throw new Response("Bad Request", { status: 400 });
    await publishSignatoryList({ municipalityId, year, actorId: user.id, now, digest });
  } catch (error) {
    if (error instanceof AlreadyPublishedError) return data<PublishResult>({ formErrors: ["oversight:publish.already_error"] }, { status: 409 });
    if (error instanceof ListChangedError) {
      const preview = await previewSignatoryList(municipalityId, year, now);
      return data<PublishResult>({ formErrors: ["oversight:publish.changed_error"], confirm: { year, ...preview } }, { status: 409 });
    }
    throw error;
  }
  return redirectWithFlash("/gemeente/ondertekenaars", { type: "success", key: "oversight:publish.flash", params: { year } });
}

function PreviewTable({ rows, year }: { rows: SignatoryRow[]; year: number }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t("oversight:publish.confirm.empty")}</p>;
  const caption = t("oversight:publish.confirm.caption", { year });
  // The panel is narrower than the table: the table's scrolling box takes focus so keyboard users can scroll it.
  return <SignatoryTable rows={rows} caption={caption} />;
}

export default function Publish() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { year, liveCount, publications } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const current = publications.find((p) => p.year === year);
  return (
    <div>
      <h1>{t("oversight:publish.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("oversight:publish.intro")}</p>
      <section className="card mt-6 max-w-2xl space-y-3" aria-labelledby="publish-h">
        <h2 id="publish-h">
          {t("oversight:publish.year")} {year}
        </h2>
        {current ? (
          <p>{t("oversight:publish.already", { year, date: formatDate(current.publishedAt, locale) })}</p>
        ) : actionData?.confirm ? (
          <>
            <FormErrors id="publish-errors" errors={actionData.formErrors} />
            <ConfirmPanel
              id="confirm-publish"
              level={3}
              title={t("oversight:publish.confirm.title", { year })}
              values={{ year: actionData.confirm.year, digest: actionData.confirm.digest }}
              confirmLabel={t("oversight:publish.confirm.submit", { year })}
              cancelLabel={t("oversight:publish.confirm.cancel")}
              cancelTo="/gemeente/ondertekenaars"
            >
              <p>{t("oversight:publish.confirm.what", { count: actionData.confirm.rows.length, year })}</p>
              <p>
                <strong>{t("oversight:publish.confirm.final")}</strong>
              </p>
              <PreviewTable rows={actionData.confirm.rows} year={year} />
            </ConfirmPanel>
          </>
        ) : (
          <Form method="post" className="space-y-3">
            <FormErrors id="publish-errors" errors={actionData?.formErrors} />
            <p>{t("oversight:publish.preview", { count: liveCount, year })}</p>
            <input type="hidden" name="year" value={year} />
            <SubmitButton>{t("oversight:publish.submit", { year })}</SubmitButton>
          </Form>
        )}
      </section>
      <section className="mt-8" aria-labelledby="published-h">
        <h2 id="published-h">{t("oversight:publish.published")}</h2>
        <DataTable
          className="mt-3"
          flush
          caption={t("oversight:publish.published")}
          rows={publications}
          rowKey={(p) => p.id}
          empty={t("oversight:publish.none")}
          columns={[
            { header: t("oversight:publish.year"), cell: (p) => p.year },
            { header: t("oversight:publish.rows"), cell: (p) => p.count },
            { header: t("oversight:publish.published_on"), cell: (p) => formatDate(p.publishedAt, locale) },
            {
              header: t("oversight:keurmerken.view"),
              hiddenHeader: true,
              cell: (p) => <Link to={`/stagepact/ondertekenaars?jaar=${p.year}`}>{t("oversight:publish.view", { year: p.year })}</Link>,
            },
          ]}
        />
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
