import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { alertForUnsubscribe, unsubscribeAlert } from "~/search/search-alerts.server";

// Public: the unsubscribe link in every digest. The signed token in the URL is the only
// credential. GET only shows a button, so a link scanner does not unsubscribe anyone;
// POST unsubscribes: the button, and the RFC 8058 one-click POST from a mail client
// (body "List-Unsubscribe=One-Click", sent without our origin; server/security.js lets
// this path through the origin check because no cookie authorises it).

function linkOf(request: Request) {
  const url = new URL(request.url);
  return { id: url.searchParams.get("id") ?? "", token: url.searchParams.get("token") };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const { id, token } = linkOf(request);
  const alert = await alertForUnsubscribe(id, token);
  return data({ title: t("alerts:unsubscribe.title"), alert: alert ? { name: alert.name } : null }, { status: alert ? 200 : 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  const { id, token } = linkOf(request);
  const ok = await unsubscribeAlert(id, token);
  return data({ done: ok }, { status: ok ? 200 : 400 });
}

export default function Unsubscribe() {
  const { t } = useTranslation();
  const { alert } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (result) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1>{t(result.done ? "alerts:unsubscribe.done_title" : "alerts:unsubscribe.title")}</h1>
        <p role="status">{t(result.done ? "alerts:unsubscribe.done" : "alerts:unsubscribe.invalid")}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1>{t("alerts:unsubscribe.title")}</h1>
      {alert ? (
        <Form method="post" className="space-y-4">
          <p>{t("alerts:unsubscribe.question", { name: alert.name })}</p>
          <button type="submit" className="btn">
            {t("alerts:unsubscribe.submit")}
          </button>
        </Form>
      ) : (
        <p>{t("alerts:unsubscribe.invalid")}</p>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
