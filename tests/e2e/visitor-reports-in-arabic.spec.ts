import { expect, expectAccessible, signIn, test } from "./fixtures";

test.describe("a visitor reports in Arabic", () => {
  test("switches the reporting point to Arabic, reports, gets the reference in Arabic, and the officer sees the language", async ({ page, visit }) => {
    await visit("/melden");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    const languages = page.getByRole("navigation", { name: "Taal van het meldpunt" });
    const arabic = languages.getByRole("link", { name: "العربية" });
    await expect(arabic).toHaveAttribute("lang", "ar");
    await expect(arabic).toHaveAttribute("hreflang", "ar");
    await arabic.click();

    await expect(page).toHaveURL(/\/melden\?taal=ar$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // Right to left, nothing widens the page: no sideways scrolling, on a desktop or a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("نقطة الإبلاغ عن التمييز في التدريب والشكاوى المتعلقة بالتدريب");
    await expect(page.getByRole("navigation", { name: "لغة نقطة الإبلاغ" }).getByRole("link", { name: "العربية" })).toHaveAttribute("aria-current", "true");
    await expectAccessible(page);

    // A mistake first: the error is in Arabic next to the field, and what was typed stays.
    await page.getByRole("radio", { name: "الأصل أو الاسم" }).check();
    await page.getByLabel("ماذا حدث؟").fill("قصير");
    await page.getByRole("button", { name: "إرسال البلاغ" }).click();
    await expect(page.getByText("اكتب 10 أحرف على الأقل.")).toBeVisible();
    await expect(page.getByLabel("ماذا حدث؟")).toHaveValue("قصير");
    await expectAccessible(page);

    await page.getByLabel("ماذا حدث؟").fill("بعد أن ذكرت اسمي العائلي قيل لي إن مكان التدريب لم يعد متاحًا.");
    await page.getByRole("button", { name: "إرسال البلاغ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "تم استلام بلاغك" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const reference = (await page.getByTestId("reference").textContent())!.trim();
    expect(reference).toMatch(/^SP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page);

    // The follow-up page keeps the language.
    await page.getByRole("link", { name: "إضافة معلومات إلى بلاغ" }).click();
    await expect(page).toHaveURL(/\/melden\/aanvullen\?taal=ar$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("إضافة معلومات");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectAccessible(page);

    // The rest of the site stays Dutch, left to right.
    await signIn(page, "officer");
    await expect(page).toHaveURL(/\/gemeente$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.goto("/gemeente/meldingen");
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByText("Gemeld in het Arabisch")).toBeVisible();
    await expectAccessible(page);
  });
});
