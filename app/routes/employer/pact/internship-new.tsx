import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { listQualifications } from "~/services/internships/internships-employer.server";
import { organisationMayPublishById } from "~/services/pact/pact.server";
import { getOwnOrganisation } from "~/services/organisations/organisations.server";
import { codeMinimumForOrganisation, wageMinimumForOrganisation } from "~/services/pay-code/pay-rules.server";
import { notFound, requireEmployer } from "~/utils/auth.server";
import { handleInternshipForm } from "./internship-action.server";
import { InternshipForm } from "./internship-form";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "create:internship:own");
  const organisation = await getOwnOrganisation(organisationId);
  if (!organisation) notFound();
  const { t } = getT(request);
  return {
    title: t("employer:internship.new_title"),
    qualifications: await listQualifications(),
    mayPublish: await organisationMayPublishById(organisationId, new Date()),
    codeMinimum: await codeMinimumForOrganisation(organisationId, new Date()),
    wageMinimumCents: await wageMinimumForOrganisation(organisationId, new Date()),
    city: organisation.city,
    street: `${organisation.street} ${organisation.houseNumber}`,
    postcode: organisation.postcode,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  return handleInternshipForm(request, null);
}

export default function NewInternship() {
  const { t } = useTranslation();
  const { qualifications, mayPublish, city, street, postcode, codeMinimum, wageMinimumCents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever/stages">{t("employer:internships.back")}</Link>
      </p>
      <h1>{t("employer:internship.new_title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("employer:internship.new_intro")}</p>
      <InternshipForm
        id="internship-new"
        lastResult={actionData && "result" in actionData ? actionData.result : null}
        defaultValue={{ locationCity: city, locationStreet: street, locationPostcode: postcode }}
        qualifications={qualifications}
        payCheck={actionData && "payCheck" in actionData ? actionData.payCheck : null}
        mayPublish={mayPublish}
        codeMinimum={codeMinimum}
        wageMinimumCents={wageMinimumCents}
        publishLabel={t("employer:internship.save_publish")}
      />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
