import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  return { title: t("public:report.title") };
}

export default function Report() {
  const { t } = useTranslation();
  return (
    <article className="max-w-3xl space-y-4">
      <h1>{t("public:report.title")}</h1>
      <p>{t("public:report.intro")}</p>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
