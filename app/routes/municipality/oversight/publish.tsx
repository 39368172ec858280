import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SubmitButton } from "~/components/forms";
import { yearOf } from "~/domain/signatories";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { AlreadyPublishedError, getPublishingOverview, publishSignatoryList } from "~/services/signatories.server";
import { requireOfficer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { OversightNav } from "./oversight-nav";
import { DataTable } from "~/components/data-table";

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

export async function action({ request }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "publish:list:municipality");
  const now = new Date();
  const year = Number((await request.formData()).get("year"));
  // Only the current year can be frozen: today's list says nothing about an earlier year.
  if (year !== yearOf(now)) throw new Response("Bad Request", { status: 400 });
  try {
    await publishSignatoryList({ municipalityId, year, actorId: user.id, now });
  } catch (error) {
    if (error instanceof AlreadyPublishedError) return data({ formErrors: ["oversight:publish.already_error"] }, { status: 409 });
    throw error;
  }
  return redirectWithFlash("/gemeente/ondertekenaars", { type: "success", key: "oversight:publish.flash", params: { year } });
}

export default function Publish() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { year, liveCount, publications } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const current = publications.find((p) => p.year === year);
  return (
    <div>
      <OversightNav />
      <h1>{t("oversight:publish.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("oversight:publish.intro")}</p>
      <section className="card mt-6 max-w-2xl space-y-3" aria-labelledby="publish-h">
        <h2 id="publish-h">
          {t("oversight:publish.year")} {year}
        </h2>
        {current ? (
          <p>{t("oversight:publish.already", { year, date: formatDate(current.publishedAt, locale) })}</p>
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
