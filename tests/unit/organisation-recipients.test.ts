import { describe, expect, it } from "vitest";
import { organisationRecipients } from "~/services/organisations/organisation-mail.server";

const owner = (email: string, locale: string) => ({ email, locale, role: "owner" });
const recruiter = (email: string, locale: string) => ({ email, locale, role: "recruiter" });

describe("who hears about an organisation, in which language", () => {
  it.each([
    ["no members: the contact address in Dutch", [], [["info@x.nl", "nl"]]],
    [
      "one English owner: the contact address follows",
      [owner("a@x.nl", "en")],
      [
        ["info@x.nl", "en"],
        ["a@x.nl", "en"],
      ],
    ],
    [
      "owners who disagree: the contact address in Dutch",
      [owner("a@x.nl", "en"), owner("b@x.nl", "nl")],
      [
        ["info@x.nl", "nl"],
        ["a@x.nl", "en"],
        ["b@x.nl", "nl"],
      ],
    ],
    [
      "a recruiter at the contact address: that person's language",
      [owner("a@x.nl", "nl"), recruiter("INFO@x.nl", "en")],
      [
        ["info@x.nl", "en"],
        ["a@x.nl", "nl"],
      ],
    ],
    ["an owner at the contact address: once, in that language", [owner("info@x.nl", "en")], [["info@x.nl", "en"]]],
    [
      "an unknown locale reads as Dutch",
      [owner("a@x.nl", "tr")],
      [
        ["info@x.nl", "nl"],
        ["a@x.nl", "nl"],
      ],
    ],
  ])("%s", (_name, members, expected) => {
    expect(organisationRecipients("info@x.nl", members).map((r) => [r.to, r.locale])).toEqual(expected);
  });
});
