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

/**
 * The `intent` a page with several forms was sent (the submit button's or PostForm's
 * hidden field), if it is one of `intents`; null when it is missing, a file, or unknown.
 */
export function readIntent<const T extends readonly string[]>(formData: FormData, intents: T): T[number] | null {
  const value = formData.get("intent");
  return typeof value === "string" && intents.includes(value) ? (value as T[number]) : null;
}

/**
 * The form's intent, or a 400 naming the intents the page knows: none of its own forms
 * sends anything else, so an unknown one is a crafted request, not a field error.
 */
export function requireIntent<const T extends readonly string[]>(formData: FormData, intents: T): T[number] {
  const intent = readIntent(formData, intents);
  if (intent === null) {
    throw new Response(`Bad Request: the form's intent must be one of ${intents.join(", ")}`, { status: 400, statusText: "Bad Request" });
  }
  return intent;
}
