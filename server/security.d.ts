import type { Express, RequestHandler } from "express";
export const SESSION_COOKIE: string;
export function isSameOrigin(input: { method: string; origin?: string; referer?: string; host?: string; protocol: string }): boolean;
export const nonceMiddleware: RequestHandler;
export function providerOrigins(raw?: string): string[];
export function helmetMiddleware(options: { dev: boolean }): RequestHandler;
export const originCheckMiddleware: RequestHandler;
export const noStoreForSessions: RequestHandler;
export function applySecurity(app: Express, options: { dev: boolean }): void;
