// The read-along page's player, parts and highlight as a patient meets them (issue 27). Each
// function returns the problems it found, as lines.
import { readFileSync } from "node:fs";
import path from "node:path";

// The chapters' start times in milliseconds, from the MP3's ID3v2.4 CHAP frames.
export function chapterStarts(mp3File) {
  const bytes = readFileSync(mp3File);
  if (bytes.toString("latin1", 0, 3) !== "ID3") return [];
  const syncsafe = (at) => (bytes[at] << 21) | (bytes[at + 1] << 14) | (bytes[at + 2] << 7) | bytes[at + 3];
  const end = 10 + syncsafe(6);
  const starts = [];
  for (let at = 10; at + 10 <= end;) {
    const id = bytes.toString("latin1", at, at + 4);
    const size = syncsafe(at + 4);
    if (id === "\0\0\0\0" || size === 0) break;
    if (id === "CHAP") {
      const body = at + 10;
      const zero = bytes.indexOf(0, body);
      starts.push(bytes.readUInt32BE(zero + 1));
    }
    at += 10 + size;
  }
  return starts.sort((a, b) => a - b);
}

// One list of parts: an entry per chapter after the opening, playing from its start, each
// with a link to its text; no other link plays the recording.
export async function parts(page, file) {
  const problems = [];
  const found = await page.evaluate(() => ({
    mp3: document.getElementById("player")?.getAttribute("src"),
    lists: document.querySelectorAll("nav.contents").length,
    starts: [...document.querySelectorAll("nav.contents a.play[data-start]")].map((a) => parseFloat(a.dataset.start)),
    plays: document.querySelectorAll("a[href*='#t=']").length,
    entries: [...document.querySelectorAll("nav.contents li")].map((li) => {
      const text = li.querySelector(":scope > a:not(.play)");
      return { text: text ? text.getAttribute("href") : null, play: !!li.querySelector(":scope > a.play") };
    }),
  }));
  if (!found.mp3) return problems;
  if (found.lists !== 1) problems.push(`${found.lists} lists of parts, not one`);
  const chapters = chapterStarts(path.join(path.dirname(file), found.mp3));
  const expected = chapters.slice(1).map((ms) => ms / 1000);
  const shown = found.starts.map((s) => Math.round(s * 1000) / 1000);
  if (shown.length !== expected.length || shown.some((s, k) => Math.abs(s - expected[k]) > 0.002))
    problems.push(`parts start at ${shown.join(", ")} s, the MP3's chapters after the opening at ${expected.join(", ")} s`);
  if (found.plays !== found.starts.length) problems.push(`${found.plays} links play the recording, ${found.starts.length} parts`);
  for (const entry of found.entries) {
    if (!entry.text || !entry.text.startsWith("#")) problems.push("a part has no link to its text");
    else if (!(await page.$(entry.text))) problems.push(`a part links to ${entry.text}, which is not on the page`);
  }
  return problems;
}

// The player's buttons are 44 x 44 CSS pixels or more, and the player is in the view.
export async function playerInView(page, where) {
  return page.evaluate((where) => {
    const problems = [];
    const bar = document.querySelector(".player");
    if (!bar) return problems;
    const box = bar.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight + 0.5 || box.height === 0)
      problems.push(`${where}: the player is out of the view (${box.top} to ${box.bottom} of ${window.innerHeight})`);
    for (const b of bar.querySelectorAll("button")) {
      const r = b.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) problems.push(`${where}: button ${b.dataset.action} is ${r.width} x ${r.height} px`);
      if (!b.textContent.trim()) problems.push(`${where}: button ${b.dataset.action} has no words`);
    }
    return problems;
  }, where);
}

// The focused element's description, for messages.
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e ? `${e.tagName.toLowerCase()}${e.dataset.action ? "[" + e.dataset.action + "]" : ""}${e.classList.contains("play") ? ".play" : ""} ${e.textContent.trim().slice(0, 40)}` : "nothing";
});

async function tabTo(page, test, backwards, where, problems) {
  for (let k = 0; k < 400; ++k) {
    if (await page.evaluate(test)) return true;
    if (backwards) await page.keyboard.down("Shift");
    await page.keyboard.press("Tab");
    if (backwards) await page.keyboard.up("Shift");
    problems.push(...await playerInView(page, `${where}, at ${await focused(page)}`));
    if (problems.length > 0) return false;
  }
  problems.push(`${where}: the keyboard never reaches it`);
  return false;
}

// Keyboard only: from the top of the page to the third part's "Play", which plays it; then
// to the speed until 1.5x, and back to the play button to pause. The player stays in view.
export async function keyboard(page, url, width) {
  const problems = [];
  await page.setViewport({ width, height: 800 });
  await page.goto(url, { waitUntil: "load" });
  const third = await page.evaluate(() => {
    const play = document.querySelectorAll("nav.contents a.play")[2];
    return play ? parseFloat(play.dataset.start) : null;
  });
  if (third === null) return problems;
  const where = `keyboard at ${width} px`;
  const third_play = () => document.activeElement === document.querySelectorAll("nav.contents a.play")[2];
  if (!await tabTo(page, third_play, false, where, problems)) return problems;
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.getElementById("player").paused, { timeout: 5000 }).catch(() => {});
  const playing = await page.evaluate(() => ({ paused: document.getElementById("player").paused, at: document.getElementById("player").currentTime, focus: document.activeElement.dataset.action }));
  if (playing.paused) problems.push(`${where}: Enter on the third part's Play does not play`);
  if (playing.at < third - 0.01) problems.push(`${where}: the third part starts at ${third} s, playing at ${playing.at} s`);
  if (playing.focus !== "play") problems.push(`${where}: after Play the focus is on ${await focused(page)}, not the player's play button`);
  if (!await tabTo(page, () => document.activeElement.dataset.action === "speed", false, where, problems)) return problems;
  for (let k = 0; k < 6 && await page.evaluate(() => document.getElementById("player").playbackRate !== 1.5); ++k)
    await page.keyboard.press("Enter");
  await page.waitForFunction(() => /1[.,]5/.test(document.querySelector("[data-action=speed]").textContent), { timeout: 2000 }).catch(() => {});
  const rate = await page.evaluate(() => ({ rate: document.getElementById("player").playbackRate, shown: document.querySelector("[data-action=speed]").textContent }));
  if (rate.rate !== 1.5) problems.push(`${where}: the speed button never gives 1.5x`);
  if (!/1[.,]5/.test(rate.shown)) problems.push(`${where}: the speed button says "${rate.shown}" at 1.5x`);
  // Time to speak and follow a sentence: it is then near the middle of the view (or as near as
  // the page's top or end lets it be).
  await new Promise((ok) => setTimeout(ok, 1500));
  const measure = () => page.evaluate(() => {
    const now = document.querySelector(".speaking");
    if (!now) return null;
    const box = (now.closest("figure") || now).getBoundingClientRect();
    const view = window.innerHeight - document.querySelector(".player").offsetHeight;
    const end = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    return { middle: (box.top + box.bottom) / 2 / view, id: now.id, end, top: window.scrollY === 0, y: window.scrollY };
  });
  // Measured once the view has settled on a sentence (a smooth scroll takes a moment).
  let spoken = await measure();
  for (let k = 0; k < 10; ++k) {
    await new Promise((ok) => setTimeout(ok, 300));
    const again = await measure();
    const settled = spoken && again && again.id === spoken.id && again.y === spoken.y;
    spoken = again;
    if (settled) break;
  }
  if (!spoken) problems.push(`${where}: no sentence is highlighted while playing`);
  else if ((spoken.middle < 0.2 && !spoken.top) || (spoken.middle > 0.8 && !spoken.end)) problems.push(`${where}: ${spoken.id} is spoken at ${Math.round(spoken.middle * 100)} % of the view's height, not near its middle`);
  if (!await tabTo(page, () => document.activeElement.dataset.action === "play", true, where, problems)) return problems;
  await page.keyboard.press("Enter");
  const paused = await page.evaluate(() => ({ paused: document.getElementById("player").paused, rate: document.getElementById("player").playbackRate }));
  if (!paused.paused) problems.push(`${where}: Enter on the play button does not pause`);
  if (paused.rate !== 1.5) problems.push(`${where}: the speed changed to ${paused.rate} on pausing`);
  problems.push(...await playerInView(page, `${where}, paused`));
  return problems;
}

// Under prefers-reduced-motion the view does not follow the sentence until asked to.
export async function reducedMotion(page, url) {
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  await page.goto(url, { waitUntil: "load" });
  const pressed = await page.evaluate(() => document.querySelector("[data-action=follow]")?.getAttribute("aria-pressed"));
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "no-preference" }]);
  return pressed && pressed !== "false" ? [`follow is ${pressed} under prefers-reduced-motion`] : [];
}

// The highlight's contrast, from the rendered colours: the sentence's background against the
// background around it at least 3:1, its text against its background at least 4.5:1, and an
// outline; in a paragraph, in a note and in a table row.
export async function highlight(page, where) {
  return page.evaluate((where) => {
    const problems = [];
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const background = (e) => {
      for (; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const samples = [
      ["a paragraph", document.querySelector("main > p span[id], section > p span[id]")],
      ["a note", document.querySelector("aside p span[id]")],
      ["a list", document.querySelector("main li span[id]")],
      ["a table row", document.querySelector("tbody tr[id]")],
    ].filter(([, e]) => e);
    for (const [name, e] of samples) {
      const around = background(e.parentElement);
      e.classList.add("speaking");
      const cell = e.tagName === "TR" ? e.cells[e.cells.length - 1] : e;
      const style = getComputedStyle(cell);
      const now = background(cell);
      const text = rgb(style.color).slice(0, 3);
      const outline = getComputedStyle(e).outlineStyle;
      e.classList.remove("speaking");
      const against = ratio(now, around), legible = ratio(text, now);
      if (against < 3) problems.push(`${where}: the highlight in ${name} is ${against.toFixed(2)}:1 against its surroundings`);
      if (legible < 4.5) problems.push(`${where}: the highlighted text in ${name} is ${legible.toFixed(2)}:1`);
      if (outline === "none") problems.push(`${where}: the highlight in ${name} has no outline`);
    }
    return problems;
  }, where);
}

// Printed: 18 pt (24 CSS px) or more for every word shown, none of the player's words, and
// the revision date (the closing's first sentence) and where the other formats are kept while
// the recording's closing words go.
export async function printed(page) {
  return page.evaluate(() => {
    const problems = [];
    const hidden = [".player", "nav.contents", ".formats", ".find", ".closing span:not(.revised):not(.available)"];
    for (const selector of hidden)
      for (const e of document.querySelectorAll(selector))
        if (e.getClientRects().length) problems.push(`print: ${selector} is printed`);
    // Every sample handout has a revision date; the index has no closing.
    const revised = document.querySelector(".closing .revised");
    if (document.querySelector(".closing") && !(revised && revised.getClientRects().length))
      problems.push("print: the revision date is not printed");
    const available = document.querySelector(".closing .available");
    if (document.querySelector(".closing") && !(available && available.getClientRects().length))
      problems.push("print: the line naming the other formats is not printed");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const small = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const e = node.parentElement;
      if (!node.textContent.trim() || !e.getClientRects().length || e.closest(".unseen,.description,script")) continue;
      const size = parseFloat(getComputedStyle(e).fontSize);
      if (size < 24) small.add(`${e.tagName.toLowerCase()} ${size} px "${node.textContent.trim().slice(0, 30)}"`);
    }
    for (const s of small) problems.push(`print: under 18 pt: ${s}`);
    return problems;
  });
}
