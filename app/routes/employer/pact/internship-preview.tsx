import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InternshipView, internshipView } from "~/components/internship-view";
import { getT } from "~/i18n/locale.server";
import { getOwnInternshipPage } from "~/services/internships/internship-page.server";
import { notFound, requireEmployer } from "~/utils/auth.server";

// How students will see the internship, before or after publishing: the public page's own view (components/internship-view.tsx).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "update:internship:own");
  const page = await getOwnInternshipPage(organisationId, params.id ?? "", new Date());
  if (!page) notFound();
  const { locale, t } = getT(request);
  return {
    title: t("employer:preview.title", { title: page.internship.title }),
    status: page.internship.status,
    // Students see no comparison when no pay rule applies; the employer is told why here.
    payProblem: page.pay.status === "checked" ? null : page.pay.message,
    ...internshipView(page, locale),
  };
}

export default function InternshipPreview() {
  const { t } = useTranslation();
  const { status, payProblem, ...view } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/werkgever/stages/${view.internship.id}`}>{t("employer:preview.back")}</Link>
      </p>
      <p role="status" className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900">
        {t("employer:preview.banner", { status: t(`employer:status.${status}`) })}
      </p>
      {payProblem ? (
        <p role="note" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {t(payProblem.key, payProblem.params)}
        </p>
      ) : null}
      <article>
        <InternshipView view={view} />
      </article>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
