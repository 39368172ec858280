import type { LoaderFunctionArgs } from "@remix-run/node";
import { getEvidenceFile } from "~/services/keurmerk/keurmerk.server";
import { notFound, requireOfficer } from "~/utils/auth.server";

// The employer's evidence file, for officers of the organisation's municipality only.
// Always a download, never rendered inline, so an uploaded file cannot run in our origin;
// the server's security headers add nosniff to every response, this one included.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "award:keurmerk:municipality");
  const file = await getEvidenceFile(municipalityId, params.id ?? "");
  if (!file?.evidenceFile) notFound();
  const name = (file.evidenceFileName ?? "bewijs").replace(/[^\w.-]+/g, "_");
  return new Response(new Uint8Array(file.evidenceFile), {
    headers: {
      "Content-Type": file.evidenceMime ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
