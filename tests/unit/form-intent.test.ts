import { describe, expect, it } from "vitest";
import { readIntent, requireIntent } from "~/utils/form.server";

const INTENTS = ["approve", "reject"] as const;

function form(entries: [string, string | Blob][]) {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
}

describe("readIntent and requireIntent", () => {
  it.each([
    ["a known intent", [["intent", "approve"]], "approve"],
    ["the other known intent", [["intent", "reject"]], "reject"],
    [
      "the first of two intent fields",
      [
        ["intent", "reject"],
        ["intent", "approve"],
      ],
      "reject",
    ],
    ["no intent field", [["reason", "x"]], null],
    ["an empty intent", [["intent", ""]], null],
    ["an unknown intent", [["intent", "delete"]], null],
    ["a different case", [["intent", "Approve"]], null],
    ["surrounding spaces", [["intent", " approve "]], null],
    ["a name of Object.prototype", [["intent", "constructor"]], null],
    ["a file instead of text", [["intent", new Blob(["approve"])]], null],
  ] as [string, [string, string | Blob][], (typeof INTENTS)[number] | null][])("%s", async (_case, entries, expected) => {
    const formData = form(entries);
    expect(readIntent(formData, INTENTS)).toBe(expected);
    if (expected !== null) {
      expect(requireIntent(formData, INTENTS)).toBe(expected);
      return;
    }
    let thrown: unknown;
    try {
      requireIntent(formData, INTENTS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Bad Request: the form's intent must be one of approve, reject");
  });
});
