import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields, PostForm, SubmitButton } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { resetPasswordSchema } from "~/schemas/password";
import { findValidResetToken, InvalidResetTokenError, resetPassword } from "~/services/accounts/password-reset.server";
import { homePathFor, loadActor } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { invalidateSession, readSessionToken, sessionCookie } from "~/utils/session.server";
import { readFormData } from "~/utils/form.server";

// Open to anyone holding a valid link, signed in or not: the link proves the mailbox.
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const token = new URL(request.url).searchParams.get("token");
  const valid = Boolean(await findValidResetToken(token));
  return data({ title: t("auth:password_reset.title"), token: valid ? token : null }, { status: valid ? 200 : 410 });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: resetPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["newPassword", "confirmPassword"] }), invalid: false }, { status: 400 });
  }
  try {
    const { user, sessionToken } = await resetPassword(submission.value.token, submission.value.newPassword);
    // Whoever was signed in on this browser is signed out; the account owner is signed in afresh.
    const previous = readSessionToken(request);
    if (previous) await invalidateSession(previous);
    const actor = await loadActor(user.id, user.isAdmin);
    return redirectWithFlash(
      homePathFor(actor),
      { type: "success", key: "auth:password_reset.done" },
      { headers: { "Set-Cookie": sessionCookie(sessionToken) } },
    );
  } catch (error) {
    if (!(error instanceof InvalidResetTokenError)) throw error;
    return data({ result: submission.reply({ resetForm: true }), invalid: true }, { status: 410 });
  }
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    // A corrected field clears its error while typing, so the button does not move under the pointer.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
  });
  if (!token || actionData?.invalid) {
    return (
      <div className="mx-auto max-w-md">
        <h1>{t("auth:password_reset.invalid_title")}</h1>
        <p className="mt-2">{t("auth:password_reset.invalid_body")}</p>
        <p className="mt-4">
          <Link className="btn" to="/wachtwoord-vergeten">
            {t("auth:password_reset.request_new")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("auth:password_reset.title")}</h1>
      <p className="mt-2 text-slate-700">{t("auth:password_reset.intro")}</p>
      <PostForm form={form} className="card mt-6 space-y-4">
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields newPassword={fields.newPassword} confirmPassword={fields.confirmPassword} />
        <SubmitButton>{t("auth:password_reset.submit")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
