// Screenshots of parts of a page: node shoot.mjs PAGE.html OUT.png WIDTH SELECTOR [HEIGHT]
// (the elements SELECTOR matches, from the first's top to the last's bottom, as a patient sees
// them at WIDTH CSS pixels).
import path from "node:path";
import puppeteer from "puppeteer-core";

const [file, out, width, selector] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
});
try {
  const page = await browser.newPage();
  if (process.env.DARK) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  await page.setViewport({ width: Number(width), height: 900 });
  await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
  if (process.env.SPEAKING)
    await page.evaluate((id) => document.getElementById(id).classList.add("speaking"), process.env.SPEAKING);
  const box = await page.evaluate((selector) => {
    const all = [...document.querySelectorAll(selector)];
    const top = Math.min(...all.map((e) => e.getBoundingClientRect().top + window.scrollY));
    const bottom = Math.max(...all.map((e) => e.getBoundingClientRect().bottom + window.scrollY));
    return { top, bottom };
  }, selector);
  const margin = 12;
  await page.screenshot({
    path: out,
    captureBeyondViewport: true,
    clip: { x: 0, y: Math.max(0, box.top - margin), width: Number(width), height: box.bottom - box.top + 2 * margin },
  });
} finally {
  await browser.close();
}
