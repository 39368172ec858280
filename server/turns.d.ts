import type { Request, RequestHandler } from "express";
export function takeTurns(options?: { skip?: (req: Request) => boolean }): RequestHandler & { waiting: () => number };
export function skipsTurns(req: Request): boolean;
export function turnTaker(): () => Promise<void>;
