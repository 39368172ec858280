// Attempt counters in the database, so every server process sees the same counts.
// Keys hold keyed hashes, never an address or e-mail in the clear.
import { createHmac } from "node:crypto";
import { accountLock, afterFailedSignIn, countAttempt, type LimitedForm, type ThrottleState } from "~/domain/throttle";
import { db, type Tx } from "~/utils/db.server";
import { env, sessionSecret } from "~/utils/env.server";

const keyed = (value: string) => createHmac("sha256", sessionSecret).update(value).digest("hex").slice(0, 32);

const addressKey = (form: LimitedForm, address: string | undefined) => `addr:${form}:${keyed(address ?? "unknown")}`;
const accountKey = (email: string) => `account:${keyed(email.trim().toLowerCase())}`;

async function readState(key: string, client: Pick<Tx, "throttle"> = db): Promise<ThrottleState | null> {
  const row = await client.throttle.findUnique({ where: { key } });
  return row ? { count: row.count, windowStart: row.windowStart, lockedUntil: row.lockedUntil } : null;
}

/** Reads, changes and writes one counter in a transaction, so concurrent attempts are all counted. */
function updateState<T extends { state: ThrottleState }>(key: string, change: (state: ThrottleState | null) => T): Promise<T> {
  return db.$transaction(async (tx) => {
    const result = change(await readState(key, tx));
    await tx.throttle.upsert({ where: { key }, create: { key, ...result.state }, update: result.state });
    return result;
  });
}

/**
 * Counts one POST of `form` from `address` and says whether it is still within the
 * per-minute limit. The caller is the route's action, so the limit holds for every
 * spelling of the path that reaches it.
 */
export async function allowFormPost(form: LimitedForm, address: string | undefined, now = new Date()): Promise<boolean> {
  const policy = { limit: env.RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };
  const { allowed } = await updateState(addressKey(form, address), (state) => countAttempt(state, now, policy));
  return allowed;
}

/** Until when this account refuses sign-in attempts, or null. */
export async function accountLockedUntil(email: string, now = new Date()): Promise<Date | null> {
  return accountLock(await readState(accountKey(email)), now).until;
}

/** Records a failed sign-in; returns the lock's end when this failure started one. */
export async function recordFailedSignIn(email: string, now = new Date()): Promise<Date | null> {
  const { state } = await updateState(accountKey(email), (current) => ({ state: afterFailedSignIn(current, now) }));
  return state.lockedUntil;
}

export async function clearFailedSignIns(email: string) {
  await db.throttle.deleteMany({ where: { key: accountKey(email) } });
}

/** Counters whose window and lock are long over: nothing they hold still limits anyone. */
export async function deleteStaleThrottles(now = new Date()) {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const { count } = await db.throttle.deleteMany({
    where: { windowStart: { lt: dayAgo }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return { deleted: count };
}
