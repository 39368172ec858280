import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SelectField, SubmitButton, TextField } from "~/components/forms";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { inviteSchema } from "~/schemas/organisation";
import { AlreadyMemberError, getColleagues, inviteColleague, revokeInvitation } from "~/services/organisations/employer-organisation.server";
import { requireEmployer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId, memberRole } = await requireEmployer(request);
  const { t } = getT(request);
  const { members, invitations } = await getColleagues(organisationId, new Date());
  return {
    title: t("employer:colleagues.title"),
    isOwner: memberRole === "owner",
    members: members.map((m) => ({ id: m.id, name: m.user.name, email: m.user.email, role: m.role })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { organisationId, user } = await requireEmployer(request, "manage:members:own");
  const formData = await readFormData(request);
  if (requireIntent(formData, ["revoke", "invite"] as const) === "revoke") {
    await revokeInvitation({ userId: user.id }, organisationId, String(formData.get("invitationId") ?? ""));
    return redirectWithFlash("/werkgever/collega-s", { type: "success", key: "employer:flash.invitation_revoked" });
  }
  const submission = parseWithZod(formData, { schema: inviteSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    await inviteColleague({ userId: user.id }, organisationId, submission.value, new Date());
  } catch (error) {
    if (error instanceof AlreadyMemberError) return data(submission.reply({ fieldErrors: { email: ["employer:colleagues.already_member"] } }), { status: 400 });
    throw error;
  }
  return redirectWithFlash("/werkgever/collega-s", { type: "success", key: "employer:flash.invited", params: { email: submission.value.email } });
}

export default function Colleagues() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { members, invitations, isOwner } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "invite",
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever">{t("employer:back_home")}</Link>
      </p>
      <h1>{t("employer:colleagues.title")}</h1>
      <section className="card" aria-labelledby="members-h">
        <h2 id="members-h">{t("employer:colleagues.members")}</h2>
        <ul className="mt-2 list-disc pl-6">
          {members.map((m) => (
            <li key={m.id}>
              {m.name} ({m.email}) — {t(`common:member_role.${m.role}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="invitations-h">
        <h2 id="invitations-h">{t("employer:colleagues.invitations")}</h2>
        {invitations.length === 0 ? (
          <p className="mt-2">{t("employer:colleagues.no_invitations")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {i.email} — {t(`common:member_role.${i.role}`)} · {t("employer:colleagues.expires", { date: formatDate(i.expiresAt, locale) })}
                </span>
                {isOwner ? (
                  <Form method="post">
                    <input type="hidden" name="invitationId" value={i.id} />
                    <button type="submit" name="intent" value="revoke" className="btn btn-secondary">
                      {t("employer:colleagues.revoke")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {isOwner ? (
        <section className="card" aria-labelledby="invite-h">
          <h2 id="invite-h">{t("employer:colleagues.invite_heading")}</h2>
          <p className="hint">{t("employer:colleagues.invite_hint")}</p>
          <PostForm form={form} intent="invite" className="mt-3 space-y-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField meta={fields.email} type="email" label={t("employer:colleagues.email")} required />
              <SelectField
                meta={fields.role}
                label={t("employer:colleagues.role")}
                placeholder={t("forms:choose")}
                options={[
                  { value: "recruiter", label: t("employer:colleagues.role_recruiter") },
                  { value: "owner", label: t("employer:colleagues.role_owner") },
                ]}
                required
              />
            </div>
            <SubmitButton>{t("employer:colleagues.invite")}</SubmitButton>
          </PostForm>
        </section>
      ) : (
        <p>{t("employer:colleagues.owner_only")}</p>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
