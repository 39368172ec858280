import type { LoaderFunctionArgs } from "@remix-run/node";
import { payPreviewSchema } from "~/schemas/internship";
import { previewPayCheck } from "~/services/internships/internships-employer.server";
import { requireEmployer } from "~/utils/auth.server";
import { toPayCheckView } from "./internship-action.server";

// The live pay check for the internship form (with JavaScript). The same checkPay as on submit.
export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "create:internship:own");
  const url = new URL(request.url);
  const parsed = payPreviewSchema.safeParse({
    route: url.searchParams.get("route") || undefined,
    hoursPerWeek: url.searchParams.get("hoursPerWeek") ?? undefined,
    monthlyAllowance: url.searchParams.get("monthlyAllowance") || undefined,
    hourlyWage: url.searchParams.get("hourlyWage") || undefined,
  });
  if (!parsed.success) return Response.json({ payCheck: null }, { status: 400 });
  return Response.json({ payCheck: toPayCheckView(await previewPayCheck(organisationId, parsed.data, new Date())) });
}
