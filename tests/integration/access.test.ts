import { describe, expect, it } from "vitest";
import { loader as adminLoader } from "~/routes/admin/home";
import { loader as employerLoader } from "~/routes/employer/home";
import { loader as municipalityLoader } from "~/routes/municipality/home";
import { loader as studentLoader } from "~/routes/student/home";
import { requireEmployer } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, statusOf, type SeedAccount } from "../helpers/requests";

const areas = {
  "/student": studentLoader,
  "/werkgever": employerLoader,
  "/gemeente": municipalityLoader,
  "/beheer": adminLoader,
} as const;

type Area = keyof typeof areas;

describe("who may open which area", () => {
  it.each<[SeedAccount | "visitor", Area, number]>([
    ["visitor", "/student", 302],
    ["visitor", "/werkgever", 302],
    ["student", "/student", 200],
    ["student", "/werkgever", 403],
    ["student", "/gemeente", 403],
    ["student", "/beheer", 403],
    ["employer", "/werkgever", 200],
    ["employer", "/student", 403],
    ["employer", "/gemeente", 403],
    ["employer", "/beheer", 403],
    ["recruiter", "/werkgever", 200],
    ["officer", "/gemeente", 200],
    ["officer", "/werkgever", 403],
    ["officer", "/beheer", 403],
    ["admin", "/beheer", 200],
    ["admin", "/gemeente", 403],
  ])("%s opening %s gets %i", async (who, path, status) => {
    const cookie = who === "visitor" ? undefined : await cookieFor(who);
    expect(await statusOf(() => areas[path](loaderArgs(get(path, cookie))))).toBe(status);
  });

  it("sends a visitor to sign in and back to where they were going", async () => {
    const response = await studentLoader(loaderArgs(get("/student"))).catch((r: Response) => r);
    expect((response as Response).headers.get("Location")).toBe("/inloggen?redirectTo=%2Fstudent");
  });

  it("an employer cannot switch to another organisation's records with ?org=", async () => {
    const other = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    const own = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const cookie = await cookieFor("employer");
    const scoped = await requireEmployer(get(`/werkgever?org=${other.id}`, cookie));
    expect(scoped.organisationId).toBe(own.id);
    const result = (await employerLoader(loaderArgs(get(`/werkgever?org=${other.id}`, cookie)))) as { organisation: { name: string } };
    expect(result.organisation.name).toBe("De Keuken van West");
    expect(JSON.stringify(result)).not.toContain("Noorderlicht");
  });

  it("an officer sees only the figures of their own municipality", async () => {
    const amsterdam = (await municipalityLoader(loaderArgs(get("/gemeente", await cookieFor("officer"))))) as { overview: { name: string } };
    const almere = (await municipalityLoader(loaderArgs(get("/gemeente", await cookieFor("officerAlmere"))))) as { overview: { name: string } };
    expect(amsterdam.overview.name).toBe("Amsterdam");
    expect(almere.overview.name).toBe("Almere");
  });
});
