// GET /inloggen/met/:provider/terug — where the provider sends the person back. Who is
// asking is proven by the signed flow cookie this browser got when it started.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getT } from "~/i18n/locale.server";
import { findProvider } from "~/services/accounts/oidc-config.server";
import { clearFlowCookie, completeProviderSignIn, OidcFlowError } from "~/services/accounts/oidc.server";
import { homePathFor, loadActor, notFound } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { safeRedirect } from "~/utils/redirect";
import { invalidateSession, readSessionToken, sessionCookie } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const provider = findProvider(params.provider ?? "");
  if (!provider) notFound();
  const { locale } = getT(request);
  const headers = new Headers({ "Set-Cookie": clearFlowCookie() });
  const flashParams = { provider: provider.label[locale] };
  try {
    const result = await completeProviderSignIn(provider, request, locale);
    if (result.kind === "link_mail_sent") {
      return redirectWithFlash("/inloggen", { type: "info", key: "auth:oidc.link_mail_sent", params: flashParams }, { headers });
    }
    if (result.kind === "refused") {
      return redirectWithFlash("/inloggen", { type: "error", key: `auth:oidc.refused.${result.reason}`, params: flashParams }, { headers });
    }
    // Whoever was signed in on this browser before is signed out.
    const previous = readSessionToken(request);
    if (previous) await invalidateSession(previous);
    const actor = await loadActor(result.userId, result.isAdmin);
    headers.append("Set-Cookie", sessionCookie(result.token));
    return redirect(safeRedirect(result.returnTo, homePathFor(actor)), { headers });
  } catch (error) {
    if (!(error instanceof OidcFlowError)) throw error;
    return redirectWithFlash("/inloggen", { type: "error", key: `auth:oidc.errors.${error.reason}`, params: flashParams }, { headers });
  }
}
