import { describe, expect, it } from "vitest";
import { addressCacheKey, sameAddress, splitStreet } from "~/domain/location/address";

describe("a street line as street and house number", () => {
  it.each([
    ["Jan Evertsenstraat 10", "Jan Evertsenstraat", "10"],
    ["  Jan  Evertsenstraat   10 ", "Jan Evertsenstraat", "10"],
    ["Herengracht 121-H", "Herengracht", "121-H"],
    ["Kinkerstraat 124 H", "Kinkerstraat", "124H"],
    ["Achtergracht 103-2", "Achtergracht", "103-2"],
    ["Bos en Lommerweg 52A", "Bos en Lommerweg", "52A"],
    ["Plein 1940-1945 3", "Plein 1940-1945", "3"],
    ["Science Park", "Science Park", null],
    ["", "", null],
  ])("%j → %j, %j", (line, street, houseNumber) => {
    expect(splitStreet(line)).toEqual({ street, houseNumber });
  });
});

const org = { street: "Jan Evertsenstraat", houseNumber: "10", postcode: "1056 EK", city: "Amsterdam" };

describe("the same address as the organisation's", () => {
  it.each([
    [{ ...org }, true, "identical"],
    [{ ...org, postcode: "1056ek" }, true, "postcode spelled without space, lower case"],
    [{ ...org, street: "jan evertsenstraat ", city: "AMSTERDAM" }, true, "case and spaces"],
    [{ ...org, houseNumber: "12" }, false, "another number"],
    [{ ...org, postcode: "1056 EL" }, false, "another postcode"],
    [{ ...org, city: "Weesp" }, false, "another city"],
    [{ ...org, houseNumber: null }, false, "no number"],
  ] as [Parameters<typeof sameAddress>[0], boolean, string][])("%j → %s (%s)", (address, expected) => {
    expect(sameAddress(address, org)).toBe(expected);
  });
});

describe("the cache key of an address", () => {
  it.each([
    [org, "adr:1056EK:10"],
    [{ ...org, postcode: "1056ek", houseNumber: "10A" }, "adr:1056EK:10a"],
    [{ ...org, houseNumber: null }, "pc6:1056EK"],
  ])("%j → %s", (address, key) => {
    expect(addressCacheKey(address)).toBe(key);
  });
});
