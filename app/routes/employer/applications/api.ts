import type { LoaderFunctionArgs } from "@remix-run/node";
import { listApplicationsForOrganisation } from "~/services/applications/applications-employer.server";
import { requireEmployer } from "~/utils/auth.server";

// GET /werkgever/api/sollicitaties: the organisation's applications as JSON, for its own
// systems. The same anonymous views as the pages: identity only after invitation.
export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "read:applications:own");
  const applications = await listApplicationsForOrganisation(organisationId);
  return Response.json({ applications }, { headers: { "Cache-Control": "no-store" } });
}
