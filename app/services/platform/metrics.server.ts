// /metrics: who may read it, and the backlog gauges measured at the moment of reading.
import { createHash, timingSafeEqual } from "node:crypto";
import { mailBacklog, outboxLag } from "~/services/platform/health.server";
import { env } from "~/utils/env.server";
import { metrics } from "~/utils/metrics.server";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** "absent" without METRICS_TOKEN (the page does not exist), else whether the bearer token matches. */
export function metricsAccess(request: Request, token = env.METRICS_TOKEN): "absent" | "denied" | "allowed" {
  if (!token) return "absent";
  const given = /^Bearer (.+)$/.exec(request.headers.get("Authorization") ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(given), digest(token)) ? "allowed" : "denied";
}

/** The registry in Prometheus text format, with the database backlogs read now. */
export async function renderMetrics(now = new Date()): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  const [outbox, mail] = await Promise.all([outboxLag(now), mailBacklog()]);
  m.outboxBacklog.set(outbox.pending);
  m.outboxOldestAge.set(outbox.oldestAgeSeconds);
  m.mailBacklog.set(mail);
  return { body: await m.register.metrics(), contentType: m.register.contentType };
}
