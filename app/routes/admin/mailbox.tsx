import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { listMailbox } from "~/services/platform/mail.server";
import { requireAdmin } from "~/utils/auth.server";

// Development mailbox: without SMTP_URL every notification stays here. Admins only,
// because messages can hold names revealed to an employer.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  const mails = await listMailbox();
  return {
    title: t("areas:admin.mailbox"),
    mails: mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, status: m.status, createdAt: m.createdAt.toISOString() })),
  };
}

export default function Mailbox() {
  const { t } = useTranslation();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <h1>{t("areas:admin.mailbox")}</h1>
      <p className="text-slate-700">{t("areas:admin.mailbox_intro")}</p>
      {mails.length === 0 ? <p className="card">{t("areas:admin.mailbox_empty")}</p> : null}
      <ul className="space-y-3">
        {mails.map((m) => (
          <li key={m.id} className="card">
            <h2 className="text-base">{m.subject}</h2>
            <p className="hint">
              {t("areas:admin.mailbox_to", { to: m.to })} · {m.createdAt.slice(0, 16).replace("T", " ")} · {m.status}
            </p>
            <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.text}</pre>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
