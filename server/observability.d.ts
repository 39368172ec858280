import type { RequestHandler } from "express";
import type { Logger } from "pino";
import type { Counter, Gauge, Histogram, Registry } from "prom-client";

type RouteManifest = Record<string, { id: string; parentId?: string; path?: string; index?: boolean }>;

export function createLogger(destination?: NodeJS.WritableStream, options?: { quiet?: boolean }): Logger;
export function logger(): Logger;
export function metrics(): {
  register: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  jobRuns: Counter<"job">;
  jobFailures: Counter<"job">;
  searchFallbacks: Counter;
  outboxBacklog: Gauge;
  outboxOldestAge: Gauge;
  mailBacklog: Gauge;
};
export function requestIdFor(incoming: string | undefined): string;
export function routeMatcher(manifest: RouteManifest): (pathname: string) => string;
export function requestObserver(options: { routes: () => RouteManifest | Promise<RouteManifest>; log?: Logger }): RequestHandler;
