import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { rankingLabel } from "~/components/ranking-label";
import { rankingDecisionSchema as decisionSchema } from "~/schemas/reports";
import { PostForm, RadioGroup, SubmitButton, TextAreaField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { getRankingCandidates, NotInRankingError, recordRankingDecision } from "~/services/ranking/ranking.server";
import { requireOfficer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "publish:list:municipality");
  const { k, organisations } = await getRankingCandidates(municipalityId, new Date());
  const { t } = getT(request);
  return { title: t("oversight:ranking.title"), k, organisations };
}

export async function action({ request }: ActionFunctionArgs) {
  const { municipalityId, user } = await requireOfficer(request, "publish:list:municipality");
  const submission = parseWithZod(await readFormData(request), { schema: decisionSchema });
  if (submission.status !== "success") {
    return data({ organisationId: submission.payload.organisationId, result: submission.reply() }, { status: 400 });
  }
  const { organisationId, named, reason } = submission.value;
  try {
    await recordRankingDecision({ municipalityId, organisationId, named: named === "yes", reason, actorId: user.id, now: new Date() });
  } catch (error) {
    if (error instanceof NotInRankingError) throw new Response("Not Found", { status: 404 });
    throw error;
  }
  return redirectWithFlash("/gemeente/ranglijst", { type: "success", key: "oversight:ranking.flash" });
}

type Candidate = ReturnType<typeof useLoaderData<typeof loader>>["organisations"][number];

function DecisionForm({ organisation }: { organisation: Candidate }) {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `decision-${organisation.organisationId}`,
    lastResult: actionData?.organisationId === organisation.organisationId ? actionData.result : undefined,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema }),
  });
  return (
    <PostForm form={form} className="mt-3 space-y-3">
      <input type="hidden" name="organisationId" value={organisation.organisationId} />
      <RadioGroup
        meta={fields.named}
        legend={t("oversight:ranking.choice")}
        options={[
          { value: "yes", label: t("oversight:ranking.name_it") },
          { value: "no", label: t("oversight:ranking.keep_neutral") },
        ]}
      />
      <TextAreaField meta={fields.reason} label={t("oversight:ranking.reason")} rows={3} required />
      <SubmitButton className="btn-secondary">{t("oversight:ranking.submit")}</SubmitButton>
    </PostForm>
  );
}

export default function RankingDecisions() {
  const { t } = useTranslation();
  const { k, organisations } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("oversight:ranking.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("oversight:ranking.intro", { k })}</p>
      {organisations.length === 0 ? (
        <p className="card mt-6">{t("oversight:ranking.empty", { k })}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {organisations.map((o) => {
            const label = rankingLabel(t, o.label);
            return (
              <li key={o.organisationId} className="card">
                <h2>{o.name}</h2>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
                  <dt className="font-semibold">{t("oversight:ranking.label")}</dt>
                  <dd>{label}</dd>
                  <dt className="font-semibold">{t("oversight:ranking.current")}</dt>
                  <dd>{o.named ? t("oversight:ranking.named") : t("oversight:ranking.neutral")}</dd>
                  <dt className="font-semibold">{t("oversight:ranking.reporters")}</dt>
                  <dd>{o.reporters}</dd>
                  <dt className="font-semibold">{t("oversight:ranking.reports")}</dt>
                  <dd>{o.reports}</dd>
                </dl>
                <h3 className="mt-4 text-base">{t("oversight:ranking.decision", { name: o.name })}</h3>
                <DecisionForm organisation={o} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
