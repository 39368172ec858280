// Keeps what employers can read of an application anonymous as the scrubber learns (DESIGN §3.3).

import { rescrubSnapshot } from "~/domain/anonymisation";
import { db } from "~/utils/db.server";

/**
 * Runs every snapshot an employer can still read anonymously (before invitation) through
 * today's scrubber, so applications sent before a scrubbing rule existed stop leaking
 * (contact details in skills, spelled-out phone numbers). Idempotent.
 */
export async function rescrubAnonymousSnapshots() {
  const applications = await db.application.findMany({
    where: { status: { in: ["submitted", "in_review"] }, studentId: { not: null }, anonymisedAt: null },
    select: { id: true, motivationScrubbed: true, skillsShown: true, student: { select: { firstName: true, lastName: true, tussenvoegsel: true } } },
  });
  let changed = 0;
  for (const application of applications) {
    if (!application.student) continue;
    const stored: unknown = JSON.parse(application.skillsShown);
    const skills = Array.isArray(stored) ? stored.filter((skill): skill is string => typeof skill === "string") : [];
    const next = rescrubSnapshot(application.student, { motivation: application.motivationScrubbed, skills });
    if (next.motivation === application.motivationScrubbed && JSON.stringify(next.skills) === JSON.stringify(skills)) continue;
    await db.application.update({ where: { id: application.id }, data: { motivationScrubbed: next.motivation, skillsShown: JSON.stringify(next.skills) } });
    changed++;
  }
  return { checked: applications.length, changed };
}
