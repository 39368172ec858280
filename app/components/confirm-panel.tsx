import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { SubmitButton } from "~/components/forms";

/** The value a confirming submit carries; an action performs nothing without it. */
export const CONFIRMED = "yes";

/**
 * The second step of an action that cannot be undone: says what will happen and sends
 * the same values again with `confirm=yes`. Cancel is a plain link back to the page, so
 * the step works without JavaScript.
 */
export function ConfirmPanel({
  id,
  title,
  children,
  values,
  confirmLabel,
  cancelLabel,
  cancelTo,
  danger = false,
  level = 2,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  values: Record<string, string | number | null | undefined>;
  confirmLabel: string;
  cancelLabel: string;
  cancelTo: string;
  danger?: boolean;
  /** The heading level that fits where the panel sits in the page. */
  level?: 2 | 3;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = level === 3 ? "h3" : "h2";
  // After a client-side submit the panel replaces the button that was pressed; bring focus along.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="rounded-md border-2 border-amber-600 bg-amber-50 p-4 space-y-3" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <div className="space-y-2">{children}</div>
      <Form method="post" className="flex flex-wrap items-center gap-4">
        {Object.entries(values).map(([name, value]) =>
          value === null || value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
        )}
        <input type="hidden" name="confirm" value={CONFIRMED} />
        <SubmitButton className={danger ? "btn-danger" : "btn"}>{confirmLabel}</SubmitButton>
        <Link to={cancelTo} className="btn-secondary">
          {cancelLabel}
        </Link>
      </Form>
    </section>
  );
}
