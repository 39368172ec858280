import { describe, expect, it } from "vitest";
import { loader as openData } from "~/routes/api/search/stages";
import { loader as stagePage } from "~/routes/public/search/stage";
import { db } from "~/utils/db.server";
import { get, loaderArgs, statusOf } from "../helpers/requests";

describe("open data and the internship page", () => {
  it("lists only published internships, paginated, without trainer contact details", async () => {
    const response = await openData(loaderArgs(get("/api/v1/stages")));
    const body = (await response.json()) as { total: number; items: { id: string }[]; next: string | null };
    const published = await db.internship.count({ where: { status: "published" } });
    expect(body.total).toBe(published);
    expect(body.items).toHaveLength(100);
    expect(body.next).toMatch(/pagina=2$/);
    const ids = body.items.map((i) => i.id);
    expect(await db.internship.count({ where: { id: { in: ids }, status: { not: "published" } } })).toBe(0);
    expect(JSON.stringify(body)).not.toMatch(/praktijkopleider@|trainerEmail/);
  });

  it("gives an unpublished internship a 404, also on its page", async () => {
    const draft = await db.internship.findFirstOrThrow({ where: { status: "draft" } });
    expect(await statusOf(() => stagePage(loaderArgs(get(`/stages/${draft.id}`), { id: draft.id })))).toBe(404);
  });

  it("describes a published internship as a schema.org JobPosting with its allowance", async () => {
    const internship = await db.internship.findFirstOrThrow({ where: { status: "published" } });
    const data = (await stagePage(loaderArgs(get(`/stages/${internship.id}`), { id: internship.id }))) as {
      jobPosting: Record<string, unknown> & { baseSalary: { value: { value: number; unitText: string } } };
    };
    expect(data.jobPosting).toMatchObject({ "@type": "JobPosting", employmentType: "INTERN", title: internship.title });
    expect(data.jobPosting.baseSalary.value).toEqual({ "@type": "QuantitativeValue", value: internship.monthlyAllowance, unitText: "MONTH" });
  });
});
