// Loads each page given on the command line in Debian's headless Chromium and checks it with
// axe-core (WCAG 2.0-2.2 A and AA rules and best practices, light and dark colour schemes),
// and measures horizontal scrolling at 320 and 1280 CSS pixels wide (320 is 1280 at 400 %
// zoom); on a page with pictures, exercises and notes, that each picture loads from its file
// beside the page with alt text and is highlighted while its hidden description is spoken,
// that each note's label is visible and names it and that each kind of note has a frame of its
// own (by its style and width, never its colour alone), and that every link has words; on a
// page with tables, that each is a table of <th scope="col"> and <th scope="row"> with a rule
// around each cell at 1280 px, shown at 320 px as one block per row with each value labelled
// by its column's name (and still a table to assistive technology), with no sideways scroll,
// and that each row is highlighted while spoken; on a page with checklists, that each item is
// a labelled check box a patient can tick, kept when the page is opened again.
// Issue 27: the page's one list of parts has an entry per chapter of the MP3 after the opening
// (read from its ID3 tag), each playing from that chapter's start; the player stays in view at
// the bottom with buttons of at least 44 x 44 CSS pixels, and a keyboard alone goes from the
// page's top to playing the third part at 1.5x and pausing with the player in view
// throughout, the spoken sentence kept near the middle of the view (and not followed under
// prefers-reduced-motion); the sentence being spoken stands out at least 3:1 from what is
// around it (in a paragraph, a note and a table, light and dark) and is outlined; printed,
// the text is 18 pt or more without the player's words; and when the page's folder has a
// manifest.json (a build of every format), the page links to its handout's entry in
// index.html, which links every file of the handout the build made (but the pictures the page
// shows), each with its size, the recording with its length, and the index's search finds an
// entry by a part of its title as the reader types.
// Prints one line per problem and exits 1 if there was any.
// Usage: node check_pages.mjs [--screenshots DIR] FILE.html...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { formats, search } from "./format_checks.mjs";
import { highlight, keyboard, parts, playerInView, printed, reducedMotion } from "./player_checks.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const widths = [320, 390, 1280];
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const args = process.argv.slice(2);
let screenshots = null;
if (args[0] === "--screenshots") {
  screenshots = args[1];
  args.splice(0, 2);
}

// With the script on, seeking the player to a sentence's time marks that sentence, and only
// it. Returns what went wrong, or "".
async function readAlong(page) {
  return page.evaluate(async () => {
    const audio = document.getElementById("player");
    const data = document.getElementById("sentence-times");
    if (!audio || !data) return "";
    const times = JSON.parse(data.textContent);
    if (times.length === 0) return "no sentence times";
    for (const missing of times.filter((t) => !document.getElementById(t[0])))
      return `no element with id ${missing[0]}`;
    if (audio.readyState === 0)
      await new Promise((ok) => { audio.addEventListener("loadedmetadata", ok, { once: true }); audio.load(); });
    // The first, middle and last sentences, and each table row's and checklist's.
    const shown = new Set(["table tr[id]", "ul.checklist[id]"].flatMap((s) => [...document.querySelectorAll(s)].map((e) => e.id)));
    const picked = [0, Math.floor(times.length / 2), times.length - 1];
    times.forEach((t, k) => { if (shown.has(t[0])) picked.push(k); });
    for (const k of picked) {
      const [id, begin, end] = times[k];
      await new Promise((ok) => {
        audio.addEventListener("seeked", ok, { once: true });
        audio.currentTime = (begin + end) / 2;
      });
      await new Promise((ok) => setTimeout(ok, 50));
      const marked = [...document.querySelectorAll(".speaking")].map((e) => e.id);
      if (marked.length !== 1 || marked[0] !== id)
        return `at ${(begin + end) / 2} s expected ${id} marked, found ${marked.join(",") || "none"}`;
    }
    return "";
  });
}

// What issue 24 added, as a reader sees it. Returns the problems found.
async function blocks(page) {
  return page.evaluate(async () => {
    const problems = [];
    for (const img of document.querySelectorAll("figure img")) {
      if (!img.complete)
        await new Promise((ok) => { img.addEventListener("load", ok, { once: true }); img.addEventListener("error", ok, { once: true }); });
      if (img.naturalWidth === 0) problems.push(`picture ${img.getAttribute("src")} did not load`);
      if (!img.alt.trim()) problems.push(`picture ${img.getAttribute("src")} has no alt text`);
    }
    for (const sentence of document.querySelectorAll("figure .description")) {
      if (sentence.getAttribute("aria-hidden") !== "true" || sentence.getBoundingClientRect().width > 1)
        problems.push("a picture's description is shown or read besides its alt text");
      const img = sentence.closest("figure").querySelector("img");
      sentence.classList.add("speaking");
      if (getComputedStyle(img).outlineStyle === "none")
        problems.push(`the picture is not highlighted while ${sentence.id} is spoken`);
      sentence.classList.remove("speaking");
    }
    const frames = new Map();  // kind of note -> its frame
    for (const aside of document.querySelectorAll("aside[role=note]")) {
      const label = aside.querySelector(".note-label");
      const name = aside.getAttribute("aria-label");
      if (!label || label.getBoundingClientRect().height === 0) problems.push(`note "${name}" shows no label`);
      else if (label.innerText.trim() !== name) problems.push(`note "${name}" shows the label "${label.innerText}"`);
      const s = getComputedStyle(aside);
      const frame = ["Top", "Right", "Bottom", "Left"].map((side) => s[`border${side}Style`] + " " + s[`border${side}Width`]).join(", ");
      const kind = [...aside.classList].find((c) => c.startsWith("note-"));
      if (frames.has(kind) && frames.get(kind) !== frame) problems.push(`two ${kind} notes are framed differently`);
      frames.set(kind, frame);
    }
    for (const [kind, frame] of frames)
      for (const [other, its] of frames)
        if (kind < other && frame === its) problems.push(`${kind} and ${other} notes have the same frame: ${frame}`);
    for (const a of document.querySelectorAll("a[href]"))
      if (!a.textContent.trim()) problems.push(`a link to ${a.getAttribute("href")} has no words`);
    return problems;
  });
}

// The tables and checklists of issue 25 at `width` CSS pixels. Returns the problems found.
async function tables(page, width) {
  return page.evaluate((width) => {
    const problems = [];
    const narrow = width <= 320;
    if (narrow && document.documentElement.scrollWidth > 320)
      problems.push(`scrolls sideways at 320 px: ${document.documentElement.scrollWidth} px wide`);
    for (const table of document.querySelectorAll("table")) {
      const name = table.caption ? table.caption.innerText.trim() : table.id;
      const header = table.tHead && table.tHead.rows[0];
      if (!header || !header.id) { problems.push(`table ${name}: no header row with its sentence's id`); continue; }
      const columns = [...header.cells].map((c) => c.innerText.trim());
      if ([...header.cells].some((c) => c.tagName !== "TH" || c.getAttribute("scope") !== "col"))
        problems.push(`table ${name}: a header cell is not <th scope="col">`);
      const right = table.getBoundingClientRect().right;
      if (right > document.documentElement.clientWidth)
        problems.push(`table ${name}: its right edge at ${right} px is off the screen`);
      for (const row of table.tBodies[0].rows) {
        if (!row.id) problems.push(`table ${name}: a row has no sentence id`);
        const [first, ...others] = row.cells;
        if (first.tagName !== "TH" || first.getAttribute("scope") !== "row")
          problems.push(`table ${name}: row ${row.id} does not start with <th scope="row">`);
        others.forEach((cell, k) => {
          if (cell.tagName !== "TD") problems.push(`table ${name}: row ${row.id}: a value is not <td>`);
          const label = getComputedStyle(cell, "::before").content;
          if (!cell.textContent.trim()) {
            if (narrow && getComputedStyle(cell).display !== "none")
              problems.push(`table ${name}: row ${row.id}: a blank cell takes a line at 320 px`);
          } else if (narrow && !label.includes(columns[k + 1]))
            problems.push(`table ${name}: row ${row.id}: "${cell.innerText}" is not labelled "${columns[k + 1]}" at 320 px (${label})`);
          else if (!narrow && label !== "none" && label !== "normal")
            problems.push(`table ${name}: row ${row.id}: a label ${label} at ${width} px`);
        });
        const display = getComputedStyle(row).display;
        if (narrow !== (display === "block"))
          problems.push(`table ${name}: row ${row.id} is shown as ${display} at ${width} px`);
        if (!narrow && others.some((c) => getComputedStyle(c).borderTopStyle !== "solid" || parseFloat(getComputedStyle(c).borderTopWidth) < 1))
          problems.push(`table ${name}: a cell of ${row.id} has no rule`);
      }
      // The highlight shows on the header row (the introduction) and on each row while spoken.
      for (const row of [header, ...table.tBodies[0].rows]) {
        const before = getComputedStyle(row.cells[row.cells.length - 1]).backgroundColor;
        row.classList.add("speaking");
        const during = getComputedStyle(row.cells[row.cells.length - 1]).backgroundColor;
        const outline = getComputedStyle(row).outlineStyle;
        row.classList.remove("speaking");
        if (before === during || outline === "none")
          problems.push(`table ${name}: row ${row.id} is not highlighted at ${width} px`);
      }
    }
    for (const list of document.querySelectorAll("ul.checklist")) {
      if (!list.id) problems.push("a checklist has no sentence id");
      list.classList.add("speaking");
      if (getComputedStyle(list).outlineStyle === "none") problems.push(`checklist ${list.id} is not highlighted`);
      list.classList.remove("speaking");
      for (const item of list.children) {
        const box = item.querySelector("input[type=checkbox]");
        if (!box) { problems.push(`checklist ${list.id}: an item has no check box`); continue; }
        if (box.labels.length !== 1 || !box.labels[0].innerText.trim())
          problems.push(`checklist ${list.id}: box ${box.id} has no label of its own`);
        const r = box.getBoundingClientRect();
        if (r.width < 24 || r.height < 24) problems.push(`checklist ${list.id}: box ${box.id} is ${r.width} x ${r.height} px, under 24 px`);
      }
    }
    return problems;
  }, width);
}

// Chromium's accessibility tree of a table shown as blocks at 320 px: still a table of
// column headers, row headers and cells.
async function tableRoles(page) {
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const roles = new Map();
  (function walk(node) {
    roles.set(node.role, (roles.get(node.role) || 0) + 1);
    for (const child of node.children || []) walk(child);
  })(tree);
  const counts = await page.evaluate(() => ({
    tables: document.querySelectorAll("table").length,
    rowheaders: document.querySelectorAll("th[scope=row]").length,
    columnheaders: document.querySelectorAll("th[scope=col]").length,
  }));
  const problems = [];
  if ((roles.get("table") || 0) < counts.tables) problems.push(`320 px: ${roles.get("table") || 0} of ${counts.tables} tables are tables to assistive technology`);
  if ((roles.get("rowheader") || 0) < counts.rowheaders) problems.push(`320 px: ${roles.get("rowheader") || 0} of ${counts.rowheaders} row headers are row headers to assistive technology`);
  if ((roles.get("columnheader") || 0) < counts.columnheaders) problems.push(`320 px: ${roles.get("columnheader") || 0} of ${counts.columnheaders} column headers are column headers to assistive technology`);
  return problems;
}

// A box a patient ticks stays ticked when the page is opened again (the browser's storage),
// and unticked when untacked; without the script the boxes still tick. Returns the problems.
async function ticking(page, url) {
  const problems = [];
  const boxes = await page.$$eval("ul.checklist input[type=checkbox]", (all) => all.map((b) => ({ id: b.id, ticked: b.defaultChecked })));
  if (boxes.length === 0) return problems;
  const state = (id) => page.$eval(`#${id}`, (b) => b.checked);
  for (const box of [boxes.find((b) => !b.ticked), boxes.find((b) => b.ticked)].filter(Boolean)) {
    await page.goto(url, { waitUntil: "load" });
    await page.click(`label[for=${box.id}]`);
    if ((await state(box.id)) === box.ticked) problems.push(`clicking the label of ${box.id} does not tick it`);
    await page.goto(url, { waitUntil: "load" });
    if ((await state(box.id)) === box.ticked) problems.push(`${box.id} ticked on screen is not kept when the page is opened again`);
    await page.click(`#${box.id}`);
    await page.goto(url, { waitUntil: "load" });
    if ((await state(box.id)) !== box.ticked) problems.push(`${box.id} set back is not kept when the page is opened again`);
  }
  await page.evaluate(() => localStorage.clear());
  await page.setJavaScriptEnabled(false);
  await page.goto(url, { waitUntil: "load" });
  const without = await page.$$eval("ul.checklist input[type=checkbox]", (all) => all.map((b) => b.checked));
  if (without.join() !== boxes.map((b) => b.ticked).join()) problems.push("without script the clinic's ticks are not shown");
  await page.click(`label[for=${boxes[0].id}]`);
  if ((await state(boxes[0].id)) === boxes[0].ticked) problems.push("without script a box does not tick");
  await page.setJavaScriptEnabled(true);
  return problems;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--mute-audio"],
});
const problems = [];
try {
  for (const file of args) {
    const url = "file://" + path.resolve(file);
    const page = await browser.newPage();
    for (const scheme of ["light", "dark"]) {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      for (const width of widths) {
        await page.setViewport({ width, height: 900 });
        await page.goto(url, { waitUntil: "load" });
        const size = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          view: window.innerWidth,
          font: parseFloat(getComputedStyle(document.body).fontSize),
          line: parseFloat(getComputedStyle(document.body).lineHeight),
        }));
        if (size.scroll > size.view)
          problems.push(`${file} (${scheme}, ${width} px): scrolls sideways, ${size.scroll} px wide`);
        if (size.font < 24) problems.push(`${file}: body text ${size.font} px, under 1.5 x 16 px`);
        if (size.line < 1.5 * size.font) problems.push(`${file}: line height under 1.5`);
        if (screenshots && scheme === "light") {
          const name = path.basename(path.dirname(file)) + "-" + path.basename(file, ".html") + `-${width}.png`;
          await page.screenshot({ path: path.join(screenshots, name), fullPage: true });
        }
        if (width === 1280 && scheme === "light")
          for (const problem of await blocks(page)) problems.push(`${file}: ${problem}`);
        if (scheme === "light" && width !== 390)
          for (const problem of await tables(page, width)) problems.push(`${file}: ${problem}`);
        if (scheme === "light" && width === 320)
          for (const problem of await tableRoles(page)) problems.push(`${file}: ${problem}`);
        for (const problem of await playerInView(page, `${scheme}, ${width} px`)) problems.push(`${file}: ${problem}`);
        if (width !== 390)
          for (const problem of await highlight(page, `${scheme}, ${width} px`)) problems.push(`${file}: ${problem}`);
        if (scheme === "light" && width === 1280 && path.basename(file) === "index.html")
          for (const problem of await search(page)) problems.push(`${file}: ${problem}`);
        await page.evaluate(axeSource);
        const result = await page.evaluate(
          (runOnly) => window.axe.run(document, { runOnly: { type: "tag", values: runOnly } }),
          tags);
        for (const v of result.violations)
          for (const node of v.nodes)
            problems.push(`${file} (${scheme}, ${width} px): ${v.id}: ${v.help}: ${node.target.join(" ")}`);
        if (result.passes.length === 0) problems.push(`${file}: axe ran no rule`);
      }
    }
    // On paper: no player, black text on white, nothing wider than the page.
    // (the features first: setting them resets the media type)
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    await page.emulateMediaType("print");
    await page.setViewport({ width: 816, height: 1056 });
    const paper = await page.evaluate(() => {
      const listen = document.querySelector(".player");
      return {
        player: listen ? getComputedStyle(listen).display : "none",
        color: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
        scroll: document.documentElement.scrollWidth,
        view: window.innerWidth,
      };
    });
    if (paper.player !== "none") problems.push(`${file}: print: the player is printed`);
    for (const problem of await printed(page)) problems.push(`${file}: ${problem}`);
    if (paper.color !== "rgb(0, 0, 0)" || paper.background !== "rgb(255, 255, 255)")
      problems.push(`${file}: print: ${paper.color} on ${paper.background}, not black on white`);
    if (paper.scroll > paper.view) problems.push(`${file}: print: wider than the page`);
    await page.emulateMediaType("screen");
    const highlighted = await readAlong(page);
    if (highlighted) problems.push(`${file}: read-along: ${highlighted}`);
    for (const problem of await parts(page, file)) problems.push(`${file}: ${problem}`);
    for (const width of [320, 1280])
      for (const problem of await keyboard(page, url, width)) problems.push(`${file}: ${problem}`);
    for (const problem of await reducedMotion(page, url)) problems.push(`${file}: ${problem}`);
    for (const problem of await formats(browser, file)) problems.push(`${file}: ${problem}`);
    for (const problem of await ticking(page, url)) problems.push(`${file}: ${problem}`);
    await page.close();
  }
} finally {
  await browser.close();
}
for (const problem of problems) console.log(problem);
console.log(`${args.length} pages checked, ${problems.length} problems`);
process.exit(problems.length === 0 && args.length > 0 ? 0 : 1);
