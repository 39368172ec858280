import type { ChildProcess, StdioOptions } from "node:child_process";
export const DEFAULT_SERVER_HEAP_MB: number;
export function serverHeapMb(env?: Record<string, string | undefined>): number;
export function spawnServer(options?: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions }): ChildProcess;
export function serveUntilStopped(options?: { env?: NodeJS.ProcessEnv; onExit?: () => void }): ChildProcess;
