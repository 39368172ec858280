import { useTranslation } from "react-i18next";
import { formatDate, type Locale } from "~/i18n/config";

type Section = { id: string; title: string; paragraphs: string[] };

/** A statement page (privacy, accessibility): title, date, intro and sections, each with its own heading. */
export function LegalPage({ page, updated }: { page: "privacy" | "accessibility"; updated: string }) {
  const { t, i18n } = useTranslation();
  const sections = t(`legal:${page}.sections`, { returnObjects: true }) as Section[];
  return (
    <article className="max-w-3xl space-y-6">
      <header>
        <h1>{t(`legal:${page}.title`)}</h1>
        <p className="hint mt-1">{t("legal:updated", { date: formatDate(updated, i18n.language as Locale) })}</p>
        <p className="mt-3">{t(`legal:${page}.intro`)}</p>
      </header>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`} className="space-y-2">
          <h2 id={`${s.id}-h`}>{s.title}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
