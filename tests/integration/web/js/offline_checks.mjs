// Issue 27: a handout's page works offline once opened. In Debian's headless Chromium, from a
// local HTTP server (static_server.mjs) serving the build's folder: opened online, the page
// registers out/offline.js, which keeps the page, its recording and its pictures, and the index
// it links; with the server gone and the browser offline, the reloaded page shows the same
// text and pictures, plays its recording and seeks in it, the index opens, and a byte range of
// the recording is answered from the kept file (206, or 416 past its end). Online with a
// server in trouble, one answering 500 or one that never answers, the kept page is shown
// (after the worker's wait for the latter). A rebuilt page (another version) is shown online
// at once, kept instead of the old one, and shown offline afterwards. Opened from file://,
// the page registers no worker and logs no error.
// Prints one line per problem and exits 1 if there was any.
// Usage: node offline_checks.mjs FOLDER ID
import { readFileSync } from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { serve } from "./static_server.mjs";

const [folder, id] = process.argv.slice(2);
const problems = [];
const fail = (what) => problems.push(what);

// The errors a page logs or throws; a missing favicon (the pages name none) is no error of
// the page's.
function errorsOf(page) {
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !(m.location().url || "").endsWith("/favicon.ico")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

// What a patient sees: the text and whether every picture loaded.
async function shown(page) {
  return page.evaluate(() => ({
    text: (document.querySelector("main") || document.body).innerText,
    pictures: [...document.images].map((img) => img.complete && img.naturalWidth > 0),
    kept: document.documentElement.getAttribute("data-offline"),
  }));
}

// The caches of the pages' versions, without the one of the pages they link (the index).
const linkedCache = "handout-offline-1 linked";
const versions = (kept) => Object.keys(kept).filter((name) => name !== linkedCache);

// Every address the worker keeps, by cache.
async function caches(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await window.caches.keys())
      out[name] = (await (await window.caches.open(name)).keys()).map((r) => r.url);
    return out;
  });
}

// Plays the recording for half a second, seeks to 60 % of it and plays on. "" or the problem.
async function playsAndSeeks(page) {
  return page.evaluate(async () => {
    const audio = document.getElementById("player");
    const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
    async function until(test, what) {
      for (const start = performance.now(); !test(); await sleep(50))
        if (performance.now() - start > 8000 || audio.error) return `${what} (error ${audio.error && audio.error.code})`;
      return "";
    }
    try {
      await audio.play();
    } catch (e) {
      return `the recording does not play: ${e}`;
    }
    const played = await until(() => audio.currentTime > 0.5, "the recording does not advance");
    if (played) return played;
    const target = audio.duration * 0.6;
    await new Promise((ok) => {
      audio.addEventListener("seeked", ok, { once: true });
      audio.currentTime = target;
    });
    return until(() => audio.currentTime > target + 0.5, `the recording does not play on after seeking to ${target} s`);
  });
}

// The network, on or off for the page and for the worker (which fetches for it).
async function network(page, worker, offline) {
  await page.setOfflineMode(offline);
  await worker.send("Network.emulateNetworkConditions", { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--mute-audio", "--autoplay-policy=no-user-gesture-required"],
});
const started = Date.now();
try {
  // From file:// the page is as it was: no worker, no error.
  const local = await browser.newPage();
  const localErrors = errorsOf(local);
  await local.goto("file://" + path.resolve(folder, `${id}.html`), { waitUntil: "load" });
  await new Promise((ok) => setTimeout(ok, 500));
  if ((await shown(local)).kept !== null) fail("file://: the page asked a worker to keep it");
  if (browser.targets().some((t) => t.type() === "service_worker")) fail("file://: a service worker runs");
  for (const e of localErrors) fail(`file://: logged ${e}`);
  await local.close();

  // Online: the worker keeps the page, its recording and its pictures, once.
  let server = await serve(folder);
  const address = `${server.url}${id}.html`;
  const page = await browser.newPage();
  const errors = errorsOf(page);
  await page.goto(address, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-offline"), { timeout: 15000 });
  const online = await shown(page);
  if (online.kept !== "ready") fail(`online: the worker said ${online.kept}`);
  const files = await page.evaluate(() => [location.href, document.getElementById("player").src, ...[...document.images].map((i) => i.src)]);
  const kept = await caches(page);
  if (versions(kept).length !== 1) fail(`online: ${versions(kept).length} caches of versions, not one: ${Object.keys(kept)}`);
  for (const file of files)
    if (!Object.values(kept).flat().includes(file)) fail(`online: ${file} is not kept`);
  const index = `${server.url}index.html`;
  if (!(kept[linkedCache] || []).includes(index)) fail(`online: the index it links is not kept: ${JSON.stringify(kept)}`);
  if (online.pictures.length === 0) fail(`${id} has no picture: choose a handout with pictures`);
  const workerTarget = await browser.waitForTarget((t) => t.type() === "service_worker", { timeout: 5000 });
  const worker = await workerTarget.createCDPSession();
  await worker.send("Network.enable");

  // Offline: the clinic's server gone and the browser offline.
  await server.close();
  await network(page, worker, true);
  await page.reload({ waitUntil: "load" });
  const offline = await shown(page);
  if (offline.text !== online.text) fail("offline: the page's text is not the page's");
  if (offline.pictures.some((ok) => !ok)) fail(`offline: pictures not shown: ${offline.pictures}`);
  const played = await playsAndSeeks(page);
  if (played) fail(`offline: ${played}`);

  // A range of the recording, from the kept whole file (fetched by a page of the same origin
  // allowed to fetch: the handout's page may not, by its policy).
  const mp3 = readFileSync(path.join(folder, `${id}.mp3`));
  const probe = await browser.newPage();
  await probe.setBypassCSP(true);
  await probe.setOfflineMode(true);
  await probe.goto(address, { waitUntil: "load" });
  const ranges = await probe.evaluate(async (size) => {
    const src = document.getElementById("player").src;
    const out = [];
    for (const range of ["bytes=1000-1999", `bytes=-100`, `bytes=${size - 10}-`, `bytes=${size}-`]) {
      const r = await fetch(src, { headers: { Range: range } });
      out.push({ range, status: r.status, contentRange: r.headers.get("Content-Range"), bytes: [...new Uint8Array(await r.arrayBuffer())] });
    }
    return out;
  }, mp3.length);
  const expected = [
    [206, 1000, 1999],
    [206, mp3.length - 100, mp3.length - 1],
    [206, mp3.length - 10, mp3.length - 1],
  ];
  expected.forEach(([status, start, end], k) => {
    const r = ranges[k];
    if (r.status !== status || r.contentRange !== `bytes ${start}-${end}/${mp3.length}` || !mp3.subarray(start, end + 1).equals(Buffer.from(r.bytes)))
      fail(`offline: ${r.range} answered ${r.status} ${r.contentRange} with ${r.bytes.length} bytes`);
  });
  if (ranges[3].status !== 416) fail(`offline: ${ranges[3].range} answered ${ranges[3].status}, not 416`);

  // The index the page links opens offline too.
  const indexTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(folder, "index.html"), "utf8"))[1];
  try {
    const indexAnswer = await probe.goto(index, { waitUntil: "load" });
    if (!indexAnswer || !indexAnswer.ok() || (await probe.title()) !== indexTitle)
      fail(`offline: the index does not open (${indexAnswer && indexAnswer.status()}, "${await probe.title()}")`);
  } catch (e) {
    fail(`offline: the index does not open: ${e.message}`);
  }
  await probe.close();

  // Online, but the server is in trouble: the kept page is shown, asked of the server first.
  for (const trouble of [{ status: 500 }, { hang: true }]) {
    const what = trouble.hang ? "a server that never answers" : "a server answering 500";
    server = await serve(folder, { port: server.port, ...trouble });
    await network(page, worker, false);
    const start = Date.now();
    await page.reload({ waitUntil: "load", timeout: 30000 });
    const seen = await shown(page);
    if (seen.text !== online.text) fail(`${what}: the page's text is not the kept page's`);
    if (seen.pictures.some((ok) => !ok)) fail(`${what}: pictures not shown: ${seen.pictures}`);
    if (!server.requests.some((r) => r.url === `/${id}.html`)) fail(`${what}: the page was not asked of the server first`);
    console.log(`${what}: the kept page shown in ${((Date.now() - start) / 1000).toFixed(1)} s`);
    await server.close();
    await network(page, worker, true);
  }

  // Rebuilt: online again, the new page is shown and kept instead of the old one.
  const version = "0".repeat(32);
  server = await serve(folder, {
    port: server.port,
    rewrite: (html) => html.replace(/data-offline-version="[0-9a-f]+"/, `data-offline-version="${version}"`).replace("</main>", '<p id="rebuilt">Rebuilt.</p></main>'),
  });
  await network(page, worker, false);
  await page.reload({ waitUntil: "load" });
  if (!(await page.$("#rebuilt"))) fail("online again: the rebuilt page is not shown");
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-offline"), { timeout: 15000 });
  const rekept = versions(await caches(page));
  if (rekept.length !== 1 || !rekept[0].endsWith(` ${version}`)) fail(`rebuilt: the caches are ${rekept}`);
  await server.close();
  await network(page, worker, true);
  await page.reload({ waitUntil: "load" });
  if (!(await page.$("#rebuilt"))) fail("offline after the rebuild: the rebuilt page is not shown");
  for (const e of errors) fail(`http: logged ${e}`);
} catch (e) {
  fail(String(e && e.stack ? e.stack : e));
} finally {
  await browser.close();
}
for (const p of problems) console.log(p);
console.log(`offline checks of ${id}: ${problems.length} problems in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(problems.length === 0 ? 0 : 1);
