// The links between a handout's formats (issue 27): its page links its other files that exist,
// each with its size, and its entry in index.html,
// which links a file of every format the build made of it (manifest.json) and only files that
// exist, each with its size and the recording with its length (which of a format's files are
// for patients, the index's choice, the program's tests check by their declared kinds:
// tests/integration/cli/golden_outputs_test.cpp); the index's search finds an entry as the
// reader types. Each function returns the problems it found, as lines.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// The handout's outputs in the folder's manifest by format, or null when there is none.
function outputs(folder, id) {
  const file = path.join(folder, "manifest.json");
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  const entry = manifest.handouts[id];
  if (!entry) return [];
  return Object.entries(entry.formats).map(([format, f]) => ({ format, files: f.outputs.map((o) => o.name) }));
}

export async function formats(browser, file) {
  const folder = path.dirname(file);
  const id = path.basename(file, ".html");
  const made = outputs(folder, id);
  if (made === null) return [];
  const problems = [];
  const page = await browser.newPage();
  try {
    await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
    if (!(await page.$("#player"))) return [];  // the index
    const link = await page.evaluate(() => document.querySelector(".formats a")?.getAttribute("href"));
    if (!link) return [`${file}: no link to the other formats`];
    // Its own links to its other files: each exists, with its size.
    const own = await page.evaluate(() => [...document.querySelectorAll(".formats .files a[href]")].map((a) => ({
      href: a.getAttribute("href"),
      details: a.parentElement.querySelector(".size")?.textContent.trim() || "",
    })));
    for (const l of own) {
      if (!existsSync(path.join(folder, l.href))) problems.push(`${file}: links ${l.href}, which does not exist`);
      if (!/\d/.test(l.details)) problems.push(`${file}: gives ${l.href} no size`);
    }
    const [target, anchor] = link.split("#");
    if (!existsSync(path.join(folder, target))) return [`${file}: links to ${target}, which was not made`];
    await page.goto("file://" + path.resolve(folder, target) + "#" + anchor, { waitUntil: "load" });
    const entry = await page.evaluate((anchor) => {
      const li = document.getElementById(anchor);
      if (!li) return null;
      return {
        lang: li.lang,
        links: [...li.querySelectorAll("a[href]")].map((a) => ({
          href: a.getAttribute("href"),
          name: a.textContent.trim(),
          details: a.parentElement.querySelector(".size")?.textContent.trim() || "",
        })),
      };
    }, anchor);
    if (!entry) return [`${file}: index.html has no entry #${anchor}`];
    const linked = new Set(entry.links.map((l) => l.href));
    for (const { format, files } of made)
      if (!files.some((name) => linked.has(name))) problems.push(`${file}: index.html links none of its ${format} files: ${files.join(", ")}`);
    for (const l of entry.links) {
      if (!existsSync(path.join(folder, l.href))) problems.push(`${file}: index.html links ${l.href}, which does not exist`);
      if (!/\d/.test(l.details)) problems.push(`${file}: index.html gives ${l.href} no size`);
      if (l.href.endsWith(".mp3") && (l.details.match(/\d+/g) || []).length < 3)
        problems.push(`${file}: index.html gives the recording no length: "${l.details}"`);
    }
    if (new Set(entry.links.map((l) => l.name)).size !== entry.links.length) problems.push(`${file}: two links of its index entry have one name`);
  } finally {
    await page.close();
  }
  return problems;
}

// Typing a part of a title shows that entry and hides those whose titles lack it; clearing
// the field shows them all.
export async function search(page) {
  const problems = [];
  const titles = await page.$$eval(".handouts > li h2", (all) => all.map((h) => h.textContent.trim()));
  if (titles.length === 0) return problems;
  const field = await page.$(".find input");
  if (!field) return ["index: no search field"];
  const word = titles[titles.length - 1].split(/\s+/).sort((a, b) => b.length - a.length)[0].toLowerCase();
  await field.focus();
  await page.keyboard.type(word);
  const shown = await page.$$eval(".handouts > li", (all) => all.filter((li) => !li.hidden && li.getClientRects().length).map((li) => li.querySelector("h2").textContent.trim()));
  const expected = titles.filter((t) => t.toLowerCase().includes(word));
  if (shown.join("|") !== expected.join("|")) problems.push(`index: typing "${word}" shows ${shown.join(", ")}, not ${expected.join(", ")}`);
  const status = await page.$eval(".find [role=status]", (e) => e.textContent);
  if (!status.includes(String(expected.length))) problems.push(`index: after "${word}" the status says "${status}"`);
  await field.click({ clickCount: 3 });
  await page.keyboard.press("Backspace");
  const all = await page.$$eval(".handouts > li", (all) => all.filter((li) => !li.hidden).length);
  if (all !== titles.length) problems.push(`index: an empty search shows ${all} of ${titles.length} entries`);
  return problems;
}
