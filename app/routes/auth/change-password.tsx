import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields, PostForm, SubmitButton, TextField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { changePasswordSchema } from "~/schemas/password";
import { changePassword, WrongCurrentPasswordError } from "~/services/accounts/password-reset.server";
import { homePathFor, requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

const hideFields = ["currentPassword", "newPassword", "confirmPassword"];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const { t } = getT(request);
  return { title: t("auth:password_change.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const auth = await requireUser(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields }), { status: 400 });
  }
  try {
    await changePassword({
      userId: auth.user.id,
      currentSessionId: auth.sessionId,
      currentPassword: submission.value.currentPassword,
      newPassword: submission.value.newPassword,
    });
  } catch (error) {
    if (!(error instanceof WrongCurrentPasswordError)) throw error;
    return data(submission.reply({ fieldErrors: { currentPassword: ["auth:password_change.wrong_current"] }, hideFields }), { status: 400 });
  }
  return redirectWithFlash(homePathFor(auth.actor), { type: "success", key: "auth:password_change.done" });
}

export default function ChangePassword() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult,
    shouldValidate: "onBlur",
    // A corrected field clears its error while typing, so the button does not move under the pointer.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("auth:password_change.title")}</h1>
      <p className="mt-2 text-slate-700">{t("auth:password_change.intro")}</p>
      <PostForm form={form} className="card mt-6 space-y-4">
        <TextField meta={fields.currentPassword} label={t("auth:fields.current_password")} type="password" autoComplete="current-password" required />
        <NewPasswordFields newPassword={fields.newPassword} confirmPassword={fields.confirmPassword} />
        <SubmitButton>{t("auth:password_change.submit")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
