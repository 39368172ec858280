// A FAKE PDOK Locatieserver (fake-pdok.ts; PDOK is a government service outside this
// machine) for one test file: started before its tests, the geocoder pointed at it,
// reset before each test, and afterwards lookups are switched off again as setup-db does.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { FakePdok } from "./fake-pdok";

export function fakePdokForThisFile(): FakePdok {
  const pdok = new FakePdok();
  beforeAll(async () => {
    process.env.GEOCODER_URL = await pdok.start();
    delete process.env.GEOCODER;
  });
  afterAll(async () => {
    process.env.GEOCODER = "off";
    delete process.env.GEOCODER_URL;
    await pdok.stop();
  });
  beforeEach(() => pdok.reset());
  return pdok;
}
