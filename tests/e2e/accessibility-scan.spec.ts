import { expect, expectAccessible, test } from "./fixtures";

// The scan every journey relies on must be able to fail: a real page with faults put into
// it (an image without a text alternative, an unlabelled field, text too pale to read, and
// the same in a same-origin frame) is refused, naming each rule.
test("the accessibility scan refuses a page with WCAG faults, also inside a frame", async ({ page }) => {
  await page.goto("/stagepact");
  await expectAccessible(page);
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.insertAdjacentHTML(
      "beforeend",
      `<img src="/favicon.ico"><input type="text" id="nameless"><p id="pale">Bleek</p>` +
        `<iframe title="Extra" srcdoc="<html lang='nl'><body><img src='/favicon.ico'></body></html>"></iframe>`,
    );
    // Set through the CSSOM: the page's CSP refuses style attributes in markup.
    Object.assign(document.getElementById("pale")!.style, { color: "#ddd", backgroundColor: "#fff" });
  });
  await page.frameLocator("iframe[title=Extra]").locator("img").waitFor({ state: "attached" });
  const failure = await expectAccessible(page).then(
    () => "",
    (error: Error) => error.message,
  );
  expect(failure).toContain("image-alt");
  expect(failure).toContain("label");
  expect(failure).toContain("color-contrast");
  // The frame's image is reported by its path through the frame.
  expect(failure).toContain("iframe img");
});
