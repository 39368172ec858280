import { isLocale, type Locale } from "~/i18n/config";
import type { Db, Tx } from "~/utils/db.server";

export type MailRecipient = { to: string; locale: Locale };

type Member = { email: string; locale: string; role: string };

/**
 * Who hears about an organisation, in which language: the contact address and every
 * owner, each in the language the person chose. The contact address is not an account:
 * it takes the language of the member with that address, else the language all owners
 * chose when they agree, else Dutch.
 */
export function organisationRecipients(contactEmail: string, members: Member[]): MailRecipient[] {
  const localeOf = (m: Member): Locale => (isLocale(m.locale) ? m.locale : "nl");
  const owners = members.filter((m) => m.role === "owner");
  const same = members.find((m) => m.email.toLowerCase() === contactEmail.toLowerCase());
  const ownerLocales = new Set(owners.map(localeOf));
  const contactLocale: Locale = same ? localeOf(same) : ownerLocales.size === 1 ? [...ownerLocales][0] : "nl";
  const recipients = new Map<string, Locale>([[contactEmail, contactLocale]]);
  for (const o of owners) recipients.set(o.email, localeOf(o));
  return [...recipients].map(([to, locale]) => ({ to, locale }));
}

export const membersSelect = { select: { role: true, user: { select: { email: true, locale: true } } } } as const;

type Loaded = { contactEmail: string; memberships: { role: string; user: { email: string; locale: string } }[] };

export const recipientsOfLoaded = (o: Loaded) =>
  organisationRecipients(
    o.contactEmail,
    o.memberships.map((m) => ({ email: m.user.email, locale: m.user.locale, role: m.role })),
  );

/** The recipients of an organisation's mail, loaded. */
export async function loadOrganisationRecipients(client: Tx | Db, organisationId: string): Promise<MailRecipient[]> {
  const o = await client.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { contactEmail: true, memberships: membersSelect } });
  return recipientsOfLoaded(o);
}

/** The language of the organisation's contact address alone (mail that goes only there). */
export async function contactLocaleOf(client: Tx | Db, organisationId: string): Promise<Locale> {
  return (await loadOrganisationRecipients(client, organisationId))[0].locale;
}
