import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverQueuedMail, queueMail } from "~/services/platform/mail.server";
import { db } from "~/utils/db.server";

// A real SMTP server on a loopback port, started inside the test. It stands in for the
// external mail relay a municipality would configure with SMTP_URL; nothing is mocked.
const received: { from: string; to: string[]; data: string }[] = [];
let rejectNext = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onMailFrom(_address, _session, callback) {
    if (rejectNext) {
      const error = new Error("relay temporarily unavailable") as Error & { responseCode: number };
      error.responseCode = 451;
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        data: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
let smtpUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  await db.outboundEmail.updateMany({ where: { status: "queued" }, data: { status: "kept" } });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail delivery through SMTP", () => {
  it("delivers a queued notification to the SMTP relay and marks it sent", async () => {
    const mail = await queueMail(db, {
      to: "werkgever@dekeukenvanwest.test",
      subject: "Je ondertekening is goedgekeurd",
      text: "Je kunt nu stages publiceren.",
    });
    const result = await deliverQueuedMail({ smtpUrl, from: "Stagepact <noreply@stagepact.test>" });
    expect(result).toMatchObject({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["werkgever@dekeukenvanwest.test"]);
    expect(received[0].from).toBe("noreply@stagepact.test");
    expect(received[0].data).toContain("Je kunt nu stages publiceren.");
    const stored = await db.outboundEmail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(stored).toMatchObject({ status: "sent", attempts: 1, error: null });
  });

  it("keeps a mail queued with the error when the relay refuses, and delivers it on the next run", async () => {
    const mail = await queueMail(db, { to: "gemeente@amsterdam.test", subject: "Nieuwe ondertekening", text: "Er wacht een ondertekening." });
    rejectNext = true;
    const failed = await deliverQueuedMail({ smtpUrl });
    expect(failed).toMatchObject({ sent: 0, failed: 1 });
    const afterFailure = await db.outboundEmail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(afterFailure.status).toBe("queued");
    expect(afterFailure.attempts).toBe(1);
    expect(afterFailure.error).toMatch(/451|unavailable/);
    rejectNext = false;
    const retried = await deliverQueuedMail({ smtpUrl });
    expect(retried).toMatchObject({ sent: 1, failed: 0 });
    expect((await db.outboundEmail.findUniqueOrThrow({ where: { id: mail.id } })).status).toBe("sent");
    expect(received.at(-1)?.to).toEqual(["gemeente@amsterdam.test"]);
  });
});
