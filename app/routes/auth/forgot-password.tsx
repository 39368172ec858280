import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PostForm, SubmitButton, TextField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { forgotPasswordSchema } from "~/schemas/password";
import { requestPasswordReset } from "~/services/accounts/password-reset.server";
import { requireAnonymous } from "~/utils/auth.server";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = getT(request);
  return { title: t("auth:password_forgot.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: forgotPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  }
  if (!(await allowFormPost("password-reset", context.clientAddress))) {
    return data({ result: submission.reply({ formErrors: ["auth:rate_limited"] }), sent: false }, { status: 429 });
  }
  await requestPasswordReset(submission.value.email);
  // The same answer whether or not the address has an account, and whether or not a mail went out.
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("auth:password_forgot.title")}</h1>
      {actionData?.sent ? (
        <div role="status" className="card mt-6">
          <p>{t("auth:password_forgot.sent")}</p>
        </div>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t("auth:password_forgot.intro")}</p>
          <PostForm form={form} className="card mt-6 space-y-4">
            <TextField meta={fields.email} label={t("auth:fields.email")} type="email" autoComplete="email" required />
            <SubmitButton>{t("auth:password_forgot.submit")}</SubmitButton>
          </PostForm>
        </>
      )}
      <p className="mt-4">
        <Link to="/inloggen">{t("auth:password_forgot.back_to_sign_in")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
