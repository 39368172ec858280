import { createHmac } from "node:crypto";
import { Honeypot, SpamError } from "remix-utils/honeypot/server";
import { sessionSecret } from "./env.server";

// The anonymous forms (the reporting point) carry a honeypot: an empty field people do not
// see, and an encrypted timestamp of when the page was served (docs/decisions/027).
export const HONEYPOT_FIELD = "website";
const VALID_FROM_FIELD = "sent_from";
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

class FormHoneypot extends Honeypot {
  // The library skips its check when a post carries neither field; a bot that leaves the
  // form out entirely must not pass, so both are required.
  protected override shouldCheckHoneypot(): boolean {
    return true;
  }

  // A value encrypted with another key can decrypt to bytes that are not UTF-8, which
  // crypto-js reports by throwing; that is a forged timestamp, not a server error.
  protected override decrypt(value: string): string {
    try {
      return super.decrypt(value);
    } catch {
      return "";
    }
  }

  /** Throws SpamError when the honeypot is filled or the timestamp is missing, forged or stale. */
  override check(formData: FormData, now = Date.now()): void {
    super.check(formData);
    const sentFrom = Number(this.decrypt(String(formData.get(VALID_FROM_FIELD))));
    if (now - sentFrom > MAX_AGE_MS) throw new SpamError("Honeypot valid from is too old");
  }
}

export const honeypot = new FormHoneypot({
  nameFieldName: HONEYPOT_FIELD,
  validFromFieldName: VALID_FROM_FIELD,
  // A seed per deployment, so one server's timestamps decrypt on every other.
  encryptionSeed: createHmac("sha256", sessionSecret).update("honeypot").digest("hex"),
});

/** The props for HoneypotInputs; valid from the moment the page is served (no delay). */
export function honeypotInputProps() {
  return honeypot.getInputProps();
}

/**
 * What the honeypot says of a post: "filled" when the hidden field holds anything (a bot
 * filling every field), "expired" when the served time is missing, forged or over a day old
 * (a bot posting without the page, or a person whose page stood open too long or was served
 * before a new secret), null when it passes. For "expired" the action answers with fresh
 * inputs, so a person sends again from the same page and keeps what they typed.
 */
export function spamCheck(formData: FormData): "filled" | "expired" | null {
  try {
    honeypot.check(formData);
    return null;
  } catch (error) {
    if (!(error instanceof SpamError)) throw error;
    const field = formData.get(HONEYPOT_FIELD);
    return typeof field === "string" && field !== "" ? "filled" : "expired";
  }
}
