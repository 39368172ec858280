import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { LegalPage } from "~/components/legal-page";
import { getT } from "~/i18n/locale.server";

// The date the statement was last changed; update it with the text.
const UPDATED = "2026-12-01";

// Public: anyone may read what is done with their data, before signing up.
export function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  return { title: t("legal:privacy.title") };
}

export default function Privacy() {
  return <LegalPage page="privacy" updated={UPDATED} />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
