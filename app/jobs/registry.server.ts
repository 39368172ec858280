export type JobDefinition = {
  name: string;
  description: string;
  everyMs: number;
  run: (ctx: { now: Date }) => Promise<Record<string, unknown> | void>;
  /** For jobs that run every few seconds: a run for which this returns true (it found nothing to do) is not recorded in JobRun. */
  idle?: (summary: Record<string, unknown>) => boolean;
};

const MINUTE = 60_000;

// Every background job of the product; each can also be run by hand with `npm run job -- <name>`.
export const jobs: JobDefinition[] = [
  {
    name: "deliver-mail",
    description: "Deliver queued e-mail through SMTP, or keep it for the mailbox page",
    everyMs: 30_000,
    run: async () => (await import("~/services/platform/mail.server")).deliverQueuedMail(),
  },
  {
    name: "expire-sessions",
    description: "Delete expired sessions",
    everyMs: 60 * MINUTE,
    run: async ({ now }) => {
      const { db } = await import("~/utils/db.server");
      const { count } = await db.session.deleteMany({
        where: { OR: [{ expiresAt: { lte: now } }, { absoluteExpiresAt: { lte: now } }] },
      });
      return { deleted: count };
    },
  },
  // Further jobs are added below this line, one entry per job.
  {
    name: "expire-throttles",
    description: "Delete attempt counters (sign-in, sign-up, reports) whose window and lock are over",
    everyMs: 60 * MINUTE,
    run: async ({ now }) => (await import("~/services/accounts/throttle.server")).deleteStaleThrottles(now),
  },
  {
    name: "rescrub-application-snapshots",
    description: "Run what employers see of applications not yet invited through the current scrubber",
    everyMs: 60 * MINUTE,
    run: async () => (await import("~/services/applications/snapshots.server")).rescrubAnonymousSnapshots(),
  },
  {
    name: "relay-search-outbox",
    description: "Carry recorded internship and organisation changes to the search index (retries with backoff)",
    everyMs: 5_000,
    run: async ({ now }) => (await import("~/search/search.server")).relayOutbox(now),
    idle: (summary) => summary.rows === 0,
  },
  {
    name: "recheck-pay-rules",
    description: "Check published internships against the pay rules in force; flag, and unpublish after the grace period",
    everyMs: 60 * MINUTE,
    run: async ({ now }) => (await import("~/services/pay-code/pay-rules.server")).recheckPublishedInternships(now),
  },
  {
    name: "keurmerk-search-sync",
    description: "Tell the search index about keurmerken that started or expired by date",
    everyMs: 60 * MINUTE,
    // Twice the interval, so a late or skipped run still catches every change (an extra upsert is harmless).
    run: async ({ now }) => (await import("~/services/keurmerk/keurmerk.server")).enqueueMarkChanges(now, 2 * 60 * MINUTE),
  },
  {
    name: "pact-version-search-sync",
    description: "Tell the search index about organisations that lost good standing when a new pact version came into force",
    everyMs: 10 * MINUTE,
    run: async ({ now }) => (await import("~/services/pact/pact-versions.server")).enqueueVersionsInForce(now),
    idle: (summary) => summary.versions === 0,
  },
  {
    name: "resign-deadlines",
    description: "Set re-signing deadlines after a new pact version, send the two reminders, and end standing when a deadline passes",
    everyMs: 10 * MINUTE,
    run: async ({ now }) => (await import("~/services/pact/pact-resign.server")).runResignDeadlines(now),
  },
  {
    name: "anonymise-applications",
    description: "Anonymise applications closed more than four weeks ago (one year with consent)",
    everyMs: 24 * 60 * MINUTE,
    run: async ({ now }) => (await import("~/services/students/student-privacy.server")).anonymiseDueApplications(now),
  },
  {
    name: "application-responses",
    description: "Set answer deadlines, remind employers at half time and at the deadline, and close applications unanswered two weeks after it",
    everyMs: 15 * MINUTE,
    run: async ({ now }) => (await import("~/services/applications/application-response.server")).runApplicationResponses(now),
  },
  {
    name: "search-alert-digests",
    description: "Mail each saved search's digest of newly published internships (daily or weekly), and delete subscriptions unconfirmed after 7 days",
    everyMs: 60 * MINUTE,
    run: async ({ now }) => (await import("~/search/search-alerts.server")).runSearchAlertDigests(now),
  },
  {
    name: "geocode-missing",
    description: "Look up coordinates for organisations and internships saved while the geocoder was unavailable",
    everyMs: 60 * MINUTE,
    run: async ({ now }) => (await import("~/services/locations/work-location.server")).fillMissingCoordinates(now),
  },
];
