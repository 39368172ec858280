import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, PostForm, SubmitButton, TextField } from "~/components/forms";
import { getLocale, getT } from "~/i18n/locale.server";
import { invitationAccountSchema as newAccountSchema } from "~/schemas/auth";
import { EmailTakenError } from "~/services/accounts/auth.server";
import {
  acceptInvitationAsUser,
  acceptInvitationWithNewAccount,
  findOpenInvitation,
  InvitationEmailMismatchError,
} from "~/services/organisations/employer-organisation.server";
import { getAuth, notFound } from "~/utils/auth.server";
import { sessionCookie } from "~/utils/session.server";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findOpenInvitation(params.token ?? "", new Date());
  if (!invitation) notFound();
  const auth = await getAuth(request);
  const { t } = getT(request);
  return {
    title: t("employer:invitation.title"),
    organisation: invitation.organisation.name,
    role: invitation.role,
    email: invitation.email,
    hasAccount: invitation.hasAccount,
    signedInAs: auth ? auth.user.email : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await readFormData(request);
  const now = new Date();
  if (requireIntent(formData, ["accept", "register"] as const) === "accept") {
    const auth = await getAuth(request);
    if (!auth) throw redirect(`/inloggen?redirectTo=${encodeURIComponent(`/uitnodiging/${token}`)}`);
    try {
      if (!(await acceptInvitationAsUser(auth.user, token, now))) notFound();
    } catch (error) {
      if (error instanceof InvitationEmailMismatchError) return data({ formErrors: ["employer:invitation.wrong_account"] }, { status: 403 });
      throw error;
    }
    return redirect("/werkgever");
  }
  const submission = parseWithZod(formData, { schema: newAccountSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    const result = await acceptInvitationWithNewAccount(token, { ...submission.value, locale: getLocale(request) }, now);
    if (!result) notFound();
    return redirect("/werkgever", { headers: { "Set-Cookie": sessionCookie(result.token) } });
  } catch (error) {
    if (error instanceof EmailTakenError)
      return data(submission.reply({ formErrors: ["employer:invitation.has_account"], hideFields: ["password"] }), { status: 400 });
    throw error;
  }
}

export default function Invitation() {
  const { t } = useTranslation();
  const { organisation, role, email, hasAccount, signedInAs } = useLoaderData<typeof loader>();
  const location = useLocation();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "status" in actionData ? actionData : undefined;
  const [form, fields] = useForm({
    id: "invitation",
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newAccountSchema }),
  });
  const acceptErrors = actionData && !("status" in actionData) && "formErrors" in actionData ? actionData.formErrors : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1>{t("employer:invitation.title")}</h1>
      <p>{t("employer:invitation.intro", { organisation, role: t(`common:member_role.${role}`), email })}</p>
      {signedInAs ? (
        <Form method="post" className="card space-y-3">
          <FormErrors id="accept-errors" errors={acceptErrors} />
          <p>{t("employer:invitation.signed_in_as", { email: signedInAs })}</p>
          <button type="submit" name="intent" value="accept" className="btn">
            {t("employer:invitation.accept")}
          </button>
        </Form>
      ) : hasAccount ? (
        <p className="card">
          <Link to={`/inloggen?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("employer:invitation.sign_in_first")}</Link>
        </p>
      ) : (
        <PostForm form={form} intent="register" className="card space-y-4">
          <p>{t("employer:invitation.new_account", { email })}</p>
          <TextField meta={fields.name} label={t("auth:fields.name")} autoComplete="name" required />
          <TextField
            meta={fields.password}
            type="password"
            label={t("auth:fields.password")}
            hint={t("auth:fields.password_hint")}
            autoComplete="new-password"
            required
          />
          <SubmitButton>{t("employer:invitation.create_and_join")}</SubmitButton>
        </PostForm>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
