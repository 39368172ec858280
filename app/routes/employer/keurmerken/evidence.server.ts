import { MaxPartSizeExceededError, unstable_composeUploadHandlers, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { EVIDENCE_MAX_BYTES } from "~/domain/keurmerk";
import { badRequest } from "~/utils/form.server";

// A body far over the file limit is refused before it is read at all.
const MAX_BODY_BYTES = EVIDENCE_MAX_BYTES + 64 * 1024;

export type ParsedApplication = { formData: FormData; fileTooLarge: boolean };

/**
 * Parses the multipart form, holding at most one 5 MB file in memory. When the file is
 * too large the other fields are still returned (from a copy of the request without
 * the file), so the employer keeps what they typed.
 */
export async function parseApplicationForm(request: Request): Promise<ParsedApplication> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_BODY_BYTES * 2) throw new Response("Payload Too Large", { status: 413 });
  const copy = request.clone();
  const handler = unstable_composeUploadHandlers(unstable_createMemoryUploadHandler({ maxPartSize: EVIDENCE_MAX_BYTES }));
  try {
    return { formData: await unstable_parseMultipartFormData(request, handler), fileTooLarge: false };
  } catch (error) {
    // Anything but an oversized file means the body is not a well-formed form (400).
    if (!(error instanceof MaxPartSizeExceededError)) badRequest();
    const withoutFiles = unstable_createMemoryUploadHandler({ maxPartSize: 100_000, filter: ({ filename }) => !filename });
    return { formData: await unstable_parseMultipartFormData(copy, withoutFiles).catch(() => badRequest()), fileTooLarge: true };
  }
}
