import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

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

export function TextField({ meta, label, hint, type = "text", autoComplete, required, className, inputMode }: FieldProps) {
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        key={key}
        {...props}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        className="input"
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, hint)}
      />
      {hint ? (
        <p id={`${meta.id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextAreaField({ meta, label, hint, required, rows = 5, className }: Omit<FieldProps, "type"> & { rows?: number }) {
  const { key, ...props } = getTextareaProps(meta, { ariaAttributes: false });
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        key={key}
        {...props}
        rows={rows}
        required={required}
        className="input"
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, hint)}
      />
      {hint ? (
        <p id={`${meta.id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
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
}: Omit<FieldProps, "type"> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <select
        key={key}
        {...props}
        required={required}
        className="input"
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={describedBy(meta, hint)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${meta.id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
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
      {hint ? (
        <p id={`${meta.id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
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
