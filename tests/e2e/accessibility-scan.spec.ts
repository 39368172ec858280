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
  // Each rule names the element it failed on; the frame's image by its path through the frame.
  expect(failure).toMatch(/image-alt: [^\n]*\(img, iframe img\)/);
  expect(failure).toMatch(/label: [^\n]*\(#nameless\)/);
  expect(failure).toMatch(/color-contrast: [^\n]*\(#pale\)/);
});
