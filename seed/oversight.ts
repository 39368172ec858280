import type { PrismaClient } from "../app/generated/prisma/client";

// Demo data for this part of the product; must stay idempotent like seed.ts.
export async function seedOversight(_db: PrismaClient): Promise<void> {}
