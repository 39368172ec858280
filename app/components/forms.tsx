import { getFormProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HoneypotInputs, HoneypotProvider } from "remix-utils/honeypot/react";
import type { HoneypotInputProps } from "remix-utils/honeypot/server";

// Conform field metadata; the schema's messages are i18n keys translated here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = FieldMetadata<any, any, string[]>;

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id} className="field-error">
      {errors.map((e) => (
        <p key={e}>{t(e)}</p>
      ))}
    </div>
  );
}

function describedBy(meta: AnyField, hint?: string) {
  const ids = [hint ? `${meta.id}-hint` : null, meta.errors?.length ? meta.errorId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

type FieldProps = {
  meta: AnyField;
  label: string;
  hint?: string;
  type?: "text" | "email" | "password" | "number" | "date" | "tel" | "url" | "search";
  autoComplete?: string;
  required?: boolean;
  className?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
};

/** Label, hint and errors around one control; the control itself comes in as children. */
function FieldShell({ meta, label, hint, required, className, children }: Omit<FieldProps, "type"> & { children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      <FieldHint meta={meta} hint={hint} />
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

function FieldHint({ meta, hint }: { meta: AnyField; hint?: string }) {
  return hint ? (
    <p id={`${meta.id}-hint`} className="hint">
      {hint}
    </p>
  ) : null;
}

/** The attributes every control shares: styling, required, and the links to its hint and errors. */
function controlProps(meta: AnyField, hint: string | undefined, required: boolean | undefined) {
  return {
    required,
    className: "input",
    "aria-invalid": meta.errors?.length ? true : undefined,
    "aria-describedby": describedBy(meta, hint),
  } as const;
}

export function TextField({ meta, label, hint, type = "text", autoComplete, required, className, inputMode }: FieldProps) {
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  return (
    <FieldShell meta={meta} label={label} hint={hint} required={required} className={className}>
      <input key={key} {...props} {...controlProps(meta, hint, required)} autoComplete={autoComplete} inputMode={inputMode} />
    </FieldShell>
  );
}

export function TextAreaField({ meta, label, hint, required, rows = 5, className }: Omit<FieldProps, "type"> & { rows?: number }) {
  const { key, ...props } = getTextareaProps(meta, { ariaAttributes: false });
  return (
    <FieldShell meta={meta} label={label} hint={hint} required={required} className={className}>
      <textarea key={key} {...props} {...controlProps(meta, hint, required)} rows={rows} />
    </FieldShell>
  );
}

export function SelectField({
  meta,
  label,
  hint,
  required,
  options,
  placeholder,
  className,
  onChange,
}: Omit<FieldProps, "type"> & {
  options: { value: string; label: string }[];
  placeholder?: string;
  onChange?: (event: React.ChangeEvent<HTMLSelectElement>) => void;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  return (
    <FieldShell meta={meta} label={label} hint={hint} required={required} className={className}>
      <select key={key} {...props} {...controlProps(meta, hint, required)} onChange={onChange}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function RadioGroup({
  meta,
  legend,
  options,
  hint,
}: {
  meta: AnyField;
  legend: string;
  options: { value: string; label: string; description?: string }[];
  hint?: string;
}) {
  const current = typeof meta.initialValue === "string" ? meta.initialValue : undefined;
  return (
    <fieldset aria-describedby={describedBy(meta, hint)}>
      <legend className="label">{legend}</legend>
      <FieldHint meta={meta} hint={hint} />
      <div className="mt-2 space-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="radio" name={meta.name} value={o.value} defaultChecked={current === o.value} className="mt-1" />
            <span>
              <span className="font-medium">{o.label}</span>
              {o.description ? <span className="block text-sm text-slate-600">{o.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

/**
 * A POST form driven by Conform: its form-level errors come first, and `intent`
 * tells the action which of a page's forms was sent.
 */
export function PostForm({
  form,
  intent,
  className,
  encType,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  intent?: string;
  className?: string;
  encType?: "multipart/form-data";
  children: React.ReactNode;
}) {
  return (
    // getFormProps also points aria-describedby at the form's errors when there are any.
    <Form method="post" {...getFormProps(form)} encType={encType} className={className}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {children}
    </Form>
  );
}

/** Errors that belong to the whole form (wrong password, rate limit). */
export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="mb-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      {errors.map((e) => (
        <p key={e}>{t(e)}</p>
      ))}
    </div>
  );
}

export function SubmitButton({ children, className = "btn", name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <button type="submit" className={className} name={name} value={value} aria-disabled={busy || undefined}>
      {children}
    </button>
  );
}

/** The staffing-agency box and the address, as sign-up and the organisation page both ask for them. */
export function OrganisationAddressFields({ fields }: { fields: Record<"isStaffingAgency" | "street" | "houseNumber" | "postcode" | "city", AnyField> }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isStaffingAgency" defaultChecked={fields.isStaffingAgency.initialValue === "on"} />
        {t("auth:fields.staffing_agency")}
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField meta={fields.street} label={t("auth:fields.street")} autoComplete="address-line1" className="sm:col-span-2" required />
        <TextField meta={fields.houseNumber} label={t("auth:fields.house_number")} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField meta={fields.postcode} label={t("auth:fields.postcode")} hint={t("auth:fields.postcode_hint")} autoComplete="postal-code" required />
        <TextField meta={fields.city} label={t("auth:fields.city")} autoComplete="address-level2" required />
      </div>
    </>
  );
}

/** A new password and its repetition (password reset and password change). */
export function NewPasswordFields({ newPassword, confirmPassword }: { newPassword: AnyField; confirmPassword: AnyField }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        meta={newPassword}
        label={t("auth:fields.new_password")}
        type="password"
        autoComplete="new-password"
        hint={t("auth:fields.password_hint")}
        required
      />
      <TextField meta={confirmPassword} label={t("auth:fields.confirm_password")} type="password" autoComplete="new-password" required />
    </>
  );
}

/**
 * The honeypot of an anonymous form (utils/honeypot.server.ts): hidden from everyone
 * (display: none, so it neither shows nor widens a right-to-left page), plus the encrypted
 * time the page was served. Its refusal shows below, where people can read it.
 */
export function HoneypotField({ meta, label, inputs }: { meta: AnyField; label: string; inputs: HoneypotInputProps }) {
  return (
    <>
      <HoneypotProvider {...inputs}>
        <HoneypotInputs label={label} />
      </HoneypotProvider>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </>
  );
}
