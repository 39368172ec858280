import type { Request, RequestHandler } from "express";
type Turns = { add: (queue: "health" | "render" | "start", run: () => boolean) => void; size: () => number };
export function createTurns(): Turns;
export function healthLane(req: Request): boolean;
export function takeTurns(options?: { turns?: Turns }): RequestHandler;
export function turnTaker(turns?: Turns): () => Promise<void>;
