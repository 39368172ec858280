import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { confirmIdentityLink, findValidLinkRequest, InvalidLinkTokenError } from "~/services/accounts/oidc.server";
import { homePathFor, loadActor } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { invalidateSession, readSessionToken, sessionCookie } from "~/utils/session.server";

// Open to anyone holding a valid link, signed in or not: the link proves the mailbox.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = getT(request);
  const found = await findValidLinkRequest(params.token);
  return data(
    { title: t("auth:oidc.link.title"), provider: found ? found.provider.label[locale] : null, email: found?.row.email ?? null },
    { status: found ? 200 : 410 },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { locale } = getT(request);
  try {
    const found = await findValidLinkRequest(params.token);
    const { user, sessionToken } = await confirmIdentityLink(params.token ?? "");
    const previous = readSessionToken(request);
    if (previous) await invalidateSession(previous);
    const actor = await loadActor(user.id, user.isAdmin);
    return redirectWithFlash(
      homePathFor(actor),
      { type: "success", key: "auth:oidc.link.done", params: { provider: found?.provider.label[locale] ?? "" } },
      { headers: { "Set-Cookie": sessionCookie(sessionToken) } },
    );
  } catch (error) {
    if (!(error instanceof InvalidLinkTokenError)) throw error;
    return data({ invalid: true }, { status: 410 });
  }
}

export default function LinkIdentity() {
  const { t } = useTranslation();
  const { provider, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!provider || actionData?.invalid) {
    return (
      <div className="mx-auto max-w-md">
        <h1>{t("auth:oidc.link.invalid_title")}</h1>
        <p className="mt-2">{t("auth:oidc.link.invalid_body")}</p>
        <p className="mt-4">
          <Link className="btn" to="/inloggen">
            {t("auth:oidc.link.to_sign_in")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("auth:oidc.link.title")}</h1>
      <p className="mt-2 text-slate-700">{t("auth:oidc.link.intro", { provider, email })}</p>
      <Form method="post" className="card mt-6 space-y-4">
        <button type="submit" className="btn">
          {t("auth:oidc.link.submit", { provider })}
        </button>
      </Form>
      <p className="mt-4 text-slate-700">{t("auth:oidc.link.not_you")}</p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
