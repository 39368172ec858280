import { z } from "zod";
import { normalisePostcode } from "~/domain/organisation";

// The field builders every form schema is made of, so one field type behaves the same in
// every form. Messages are i18n keys; Conform turns empty fields into undefined before
// these run, the optional builders also treat what is left after trimming ("  ") as empty.

const REQUIRED = "forms:required";
const TOO_LONG = "forms:too_long";
const CHOOSE = "forms:choose_option";

/** Trimmed text that must not be empty. */
export const text = (max: number, options: { required?: string; min?: number; tooShort?: string; tooLong?: string } = {}) => {
  const { required = REQUIRED, min = 1, tooLong = TOO_LONG } = options;
  return z
    .string({ required_error: required })
    .trim()
    .min(min, options.tooShort ?? required)
    .max(max, tooLong);
};

/** Trimmed text that may be left out; empty becomes undefined. */
export const optionalText = (max: number, tooLong = TOO_LONG) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : undefined));

/** An e-mail address, lower-cased. */
export const email = ({ required = REQUIRED } = {}) =>
  z.string({ required_error: required }).trim().toLowerCase().max(254, TOO_LONG).email("forms:email_invalid");

/** An e-mail address that may be left out; blank (after trimming) counts as left out. */
export const optionalEmail = () => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), email().optional());

const PHONE = /^\+?[0-9 ()-]{8,20}$/;

/** A phone number (digits, spaces, brackets, dashes, a leading +) that may be left out. */
export const optionalPhone = () =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || PHONE.test(v), "forms:phone_invalid")
    .optional()
    .transform((v) => (v ? v : undefined));

/** One of a fixed list (usually the domain's), with one message for anything else. */
export const choice = <U extends string, T extends Readonly<[U, ...U[]]>>(values: T, message = CHOOSE) => z.enum(values, { errorMap: () => ({ message }) });

/** A checkbox that may be left unticked: true when the browser sent "on". */
export const checkbox = () =>
  z
    .literal("on")
    .optional()
    .transform((v) => v === "on");

/** A checkbox that must be ticked (terms, a declaration). */
export const requiredCheckbox = (message: string) => z.literal("on", { errorMap: () => ({ message }) });

/**
 * A whole number in a range, typed in a text or number field ("36", " 36 "). One message
 * for a wrong type and out of range unless `rangeMessage` gives the range its own.
 */
export const wholeNumber = ({
  min,
  max,
  message,
  rangeMessage = message,
  required = REQUIRED,
}: {
  min: number;
  max: number;
  message: string;
  rangeMessage?: string;
  required?: string;
}) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ required_error: required, invalid_type_error: message }).int(message).min(min, rangeMessage).max(max, rangeMessage),
  );

/** A calendar date as the date input sends it (YYYY-MM-DD), kept as the string. */
export const dateString = (message: string) => z.string({ required_error: REQUIRED }).regex(/^\d{4}-\d{2}-\d{2}$/, message);

/** A calendar date (YYYY-MM-DD) as a Date at midnight UTC. */
export const dateOnly = (message: string) =>
  dateString(message).transform((v, ctx) => {
    const date = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    }
    return date;
  });

/** A Dutch postcode that may be left out, normalised to "1234 AB". */
export const optionalPostcode = (message = "validation:postcode_invalid") =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return undefined;
      const postcode = normalisePostcode(v);
      if (postcode === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return postcode;
    })
    .optional();

/** An id posted by a form (a select, a hidden field). */
export const id = (message?: string) => (message ? z.string({ required_error: message }).min(1, message).max(60) : z.string().min(1).max(60));
