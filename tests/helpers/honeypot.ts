import { HONEYPOT_FIELD, honeypotInputProps } from "~/utils/honeypot.server";

/** What the reporting point's form posts besides the visible fields: the empty honeypot and the served timestamp. */
export function honeypotFields(): Record<string, string> {
  const props = honeypotInputProps();
  return { [HONEYPOT_FIELD]: "", [props.validFromFieldName ?? "sent_from"]: props.encryptedValidFrom };
}
