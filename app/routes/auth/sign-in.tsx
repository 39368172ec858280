import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PostForm, SubmitButton, TextField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { signInSchema } from "~/schemas/auth";
import { signIn } from "~/services/accounts/auth.server";
import { oidcSettings } from "~/services/accounts/oidc-config.server";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { homePathFor, loadActor, requireAnonymous } from "~/utils/auth.server";
import { readFormData } from "~/utils/form.server";
import { safeRedirect } from "~/utils/redirect";
import { sessionCookie } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = getT(request);
  const { locale } = getT(request);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  const { providers, passwordDisabledRoles } = oidcSettings();
  return {
    title: t("auth:sign_in.title"),
    redirectTo,
    providers: providers.map((p) => ({ id: p.id, label: p.label[locale] })),
    passwordDisabledRoles,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: signInSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  if (!(await allowFormPost("sign-in", context.clientAddress))) {
    return data(submission.reply({ formErrors: ["auth:rate_limited"], hideFields: ["password"] }), { status: 429 });
  }
  const result = await signIn(submission.value.email, submission.value.password);
  if (!result.ok) {
    const throttled = result.reason === "throttled";
    const reply = throttled
      ? submission.reply({ fieldErrors: { password: ["auth:account_throttled"] }, hideFields: ["password"] })
      : submission.reply({
          formErrors: [result.reason === "password_disabled" ? "auth:sign_in.password_disabled" : "auth:sign_in.invalid"],
          hideFields: ["password"],
        });
    return data(reply, { status: throttled ? 429 : result.reason === "password_disabled" ? 403 : 400 });
  }
  const actor = await loadActor(result.user.id, result.user.isAdmin);
  const to = safeRedirect(submission.value.redirectTo, homePathFor(actor));
  return redirect(to, { headers: { "Set-Cookie": sessionCookie(result.token) } });
}

export default function SignIn() {
  const { t, i18n } = useTranslation();
  const { redirectTo, providers, passwordDisabledRoles } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "sign-in",
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("auth:sign_in.title")}</h1>
      {providers.length > 0 ? (
        <section aria-labelledby="sign-in-providers" className="mt-6">
          <h2 id="sign-in-providers" className="text-lg">
            {t("auth:sign_in.providers_heading")}
          </h2>
          <ul className="mt-2 space-y-2">
            {providers.map((provider) => (
              <li key={provider.id}>
                {/* A full page navigation: the answer is a redirect to the provider. */}
                <form method="post" action={`/inloggen/met/${provider.id}`}>
                  <input type="hidden" name="redirectTo" value={redirectTo} />
                  <button type="submit" className="btn w-full">
                    {t("auth:sign_in.provider_button", { provider: provider.label })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {providers.length > 0 ? (
        <h2 className="mt-6 text-lg">{t("auth:sign_in.password_heading")}</h2>
      ) : (
        <p className="mt-2 text-slate-700">{t("auth:sign_in.intro")}</p>
      )}
      {passwordDisabledRoles.length > 0 ? (
        <p className="mt-2 text-slate-700">
          {t("auth:sign_in.password_disabled_roles", {
            roles: new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(
              passwordDisabledRoles.map((role) => t(`auth:sign_in.role_names.${role}`)),
            ),
          })}
        </p>
      ) : null}
      <PostForm form={form} className="card mt-6 space-y-4">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField meta={fields.email} label={t("auth:fields.email")} type="email" autoComplete="email" required />
        <TextField meta={fields.password} label={t("auth:fields.password")} type="password" autoComplete="current-password" required />
        <SubmitButton>{t("auth:sign_in.submit")}</SubmitButton>
      </PostForm>
      <p className="mt-4">
        <Link to="/wachtwoord-vergeten">{t("auth:sign_in.forgot_link")}</Link>
      </p>
      <p className="mt-2">
        {t("auth:sign_in.no_account")} <Link to="/registreren">{t("auth:sign_in.sign_up_link")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
