import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type Column<T> = {
  header: string;
  /** The header is read by screen readers only (a column of "view" links). */
  hiddenHeader?: boolean;
  /** The cell names its row (`<th scope="row">`). */
  rowHeader?: boolean;
  cell: (row: T) => ReactNode;
};

/**
 * The box a table scrolls sideways in when the screen is narrower than the table. It is a
 * labelled region that takes keyboard focus (axe: scrollable-region-focusable), so the
 * arrow keys scroll it, and on narrow screens a line above it says it scrolls.
 */
export function TableScroll({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <p className="px-3 pt-2 text-xs text-slate-600 sm:hidden" aria-hidden="true">
        {t("common:table.scroll_hint")}
      </p>
      <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-lg">
        {children}
      </div>
    </div>
  );
}

/**
 * The product's table in a card, scrolling sideways on narrow screens, or the empty
 * state in the same card when there are no rows. The caption is for screen readers;
 * the visible heading is the page's or the section's.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  className = "",
  flush = false,
}: {
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  /** Extra classes on the card (spacing). */
  className?: string;
  /** The table reaches the card's edges. */
  flush?: boolean;
}) {
  if (rows.length === 0) return <div className={`card ${className}`.trim()}>{typeof empty === "string" ? <p>{empty}</p> : empty}</div>;
  return (
    <TableScroll label={caption ?? columns.map((c) => c.header).join(", ")} className={`card ${flush ? "p-0" : ""} ${className}`.replace(/\s+/g, " ").trim()}>
      <table className="table">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.hiddenHeader ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A link in the last column of a row ("Open", "View"), which names its row for screen readers. */
export function RowLink({ to, label, row }: { to: string; label: string; row: string }) {
  return (
    <Link to={to}>
      {label}
      <span className="sr-only">: {row}</span>
    </Link>
  );
}
