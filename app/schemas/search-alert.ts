import { z } from "zod";
import { FREQUENCIES } from "~/domain/alerts";
import { choice, email, text } from "./fields";

// Messages are i18n keys; the form component translates them.
export const ALERT_NAME_MAX = 80;

const name = text(ALERT_NAME_MAX, { required: "alerts:errors.name_required", tooLong: "alerts:errors.name_too_long" });
const frequency = choice(FREQUENCIES, "alerts:errors.frequency_required");
/** The search's URL parameters, as the search page wrote them into the form. */
const query = z.string().max(2000).default("");

/** A signed-in student saves a search. */
export const saveSearchSchema = z.object({ name, frequency, query });

/** A visitor asks for e-mail about a search (double opt-in). */
export const subscribeSearchSchema = z.object({
  name,
  frequency,
  query,
  email: email({ required: "alerts:errors.email_required" }),
});

/** Rename an alert on the student's list. */
export const renameAlertSchema = z.object({ id: z.string().min(1).max(64), name });
