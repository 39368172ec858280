// POST /inloggen/met/:provider — starts signing in through an OpenID Connect provider.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { findProvider } from "~/services/accounts/oidc-config.server";
import { startProviderSignIn } from "~/services/accounts/oidc.server";
import { notFound, requireAnonymous } from "~/utils/auth.server";
import { readFormData } from "~/utils/form.server";

export async function action({ request, params }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const provider = findProvider(params.provider ?? "");
  if (!provider) notFound();
  const formData = await readFormData(request);
  const returnTo = formData.get("redirectTo");
  const { url, cookie } = await startProviderSignIn(provider, typeof returnTo === "string" ? returnTo : null);
  return redirect(url, { headers: { "Set-Cookie": cookie } });
}
