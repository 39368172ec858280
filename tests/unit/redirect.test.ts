import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../app/utils/redirect";

describe("safeRedirect keeps every redirect on this site", () => {
  it.each([
    ["a plain path", "/stages", "/stages"],
    ["a path with query and hash", "/stages?q=kok&sector=care#resultaten", "/stages?q=kok&sector=care#resultaten"],
    ["dot segments that stay on the site", "/student/../werkgever", "/werkgever"],
    ["an encoded slash inside the path", "/stages/%2F%2Fevil.example", "/stages/%2F%2Fevil.example"],
  ])("accepts %s", (_name, input, expected) => {
    expect(safeRedirect(input, "/home")).toBe(expected);
  });

  it.each([
    ["nothing", null],
    ["an empty string", ""],
    ["a file from a form", new File(["x"], "x.txt")],
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a tab that browsers drop", "/\t/evil.example"],
    ["a newline that browsers drop", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL byte", "/\u0000/evil.example"],
    ["a relative path", "stages"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["dot segments that climb to a host", "/.//evil.example"],
    ["three slashes", "///evil.example"],
  ])("refuses %s", (_name, input) => {
    expect(safeRedirect(input as string | null, "/home")).toBe("/home");
  });
});
