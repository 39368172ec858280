// Reading a POST body: a body that is not a form (JSON, a truncated multipart upload,
// a wrong charset) is the sender's mistake, answered with 400 and the usual error page,
// never a 500.
export function badRequest(): never {
  throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
}

export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    badRequest();
  }
}
