import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { municipalitySchema } from "~/schemas/municipality";
import { createMunicipality, listMunicipalitiesForAdmin, MunicipalityFormError } from "~/services/municipalities/municipalities-admin.server";
import { requireAdmin } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";
import { MunicipalityForm } from "./municipality-form";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  return { title: t("municipalities:title"), municipalities: await listMunicipalitiesForAdmin() };
}

export async function action({ request }: ActionFunctionArgs) {
  const auth = await requireAdmin(request);
  const submission = parseWithZod(await readFormData(request), { schema: municipalitySchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    const created = await createMunicipality(auth.user.id, submission.value);
    return redirectWithFlash(`/beheer/gemeenten/${created.id}`, { type: "success", key: "municipalities:flash.created", params: { name: created.name } });
  } catch (error) {
    if (error instanceof MunicipalityFormError) return data({ result: submission.reply({ fieldErrors: { [error.field]: [error.key] } }) }, { status: 400 });
    throw error;
  }
}

export default function Municipalities() {
  const { t } = useTranslation();
  const { municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer">{t("rules:back_admin")}</Link>
      </p>
      <h1>{t("municipalities:title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("municipalities:intro")}</p>
      <DataTable
        caption={t("municipalities:caption")}
        rows={municipalities}
        rowKey={(m) => m.id}
        empty={t("municipalities:none")}
        columns={[
          { header: t("municipalities:fields.name"), cell: (m) => <Link to={`/beheer/gemeenten/${m.id}`}>{m.name}</Link> },
          { header: t("municipalities:fields.slug"), cell: (m) => m.slug },
          { header: t("municipalities:col.districts"), cell: (m) => m._count.districts },
          { header: t("municipalities:col.officers"), cell: (m) => m._count.officers },
          { header: t("municipalities:col.organisations"), cell: (m) => m._count.organisations },
        ]}
      />
      <section className="card space-y-4" aria-labelledby="new-h">
        <h2 id="new-h">{t("municipalities:new_heading")}</h2>
        <MunicipalityForm
          id="new-municipality"
          lastResult={actionData?.result}
          defaultValue={{ fullTimeHours: "36", gracePeriodDays: "30", resignPeriodDays: "60", responsePeriodDays: "10" }}
          submitLabel={t("municipalities:create")}
        />
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
