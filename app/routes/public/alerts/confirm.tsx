import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { confirmAlert } from "~/search/search-alerts.server";
import { searchHrefOf } from "~/domain/alerts";

// Public: the link in the confirmation mail. The signed token is the only credential.
// Confirming is harmless to repeat, so a GET does it (a link scanner only switches on
// what the owner of the mailbox asked for).

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const url = new URL(request.url);
  const alert = await confirmAlert(url.searchParams.get("id") ?? "", url.searchParams.get("token"));
  if (!alert) return data({ title: t("alerts:confirm.invalid_title"), alert: null }, { status: 400 });
  return { title: t("alerts:confirm.title"), alert: { name: alert.name, href: searchHrefOf(alert.query) } };
}

export default function ConfirmAlert() {
  const { t } = useTranslation();
  const { title, alert } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1>{title}</h1>
      <p role="status">{alert ? t("alerts:confirm.done", { name: alert.name }) : t("alerts:confirm.invalid")}</p>
      <p>
        <Link to={alert?.href ?? "/stages"} className="btn">
          {t("alerts:confirm.to_search")}
        </Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
