// Reads a PDF with pdf.js and prints what the print integration tests check, as JSON:
// per page the structure tree with each element's text and text sizes, artifact text, text
// outside any marked content, link annotations; the outline; metadata and MarkInfo.
// Usage: node read_pdf.mjs FILE.pdf
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const size = (item) => Math.hypot(item.transform[0], item.transform[1]);

async function markedText(page) {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const byId = new Map();
  const artifacts = [];
  const untagged = [];
  const stack = [];
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      stack.push(item);
      continue;
    }
    if (item.type === "endMarkedContent") {
      stack.pop();
      continue;
    }
    if (item.str === undefined || item.str === "") continue;
    const open = stack[stack.length - 1];
    const entry = { text: item.str, size: size(item) };
    if (!open) untagged.push(entry);
    else if (open.tag === "Artifact") artifacts.push(entry);
    else if (open.id) {
      if (!byId.has(open.id)) byId.set(open.id, []);
      byId.get(open.id).push(entry);
    } else untagged.push(entry);
  }
  return { byId, artifacts, untagged };
}

function tree(node, byId) {
  if (node.type === "content") {
    const pieces = byId.get(node.id) ?? [];
    return { content: pieces.map((p) => p.text).join(""), sizes: pieces.map((p) => p.size) };
  }
  if (node.type === "annotation" || node.type === "object") return { object: true };
  const children = (node.children ?? []).map((c) => tree(c, byId));
  return { role: node.role, alt: node.alt ?? null, children };
}

function outline(items) {
  return (items ?? []).map((item) => ({ title: item.title, items: outline(item.items) }));
}

const data = new Uint8Array(await readFile(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const { byId, artifacts, untagged } = await markedText(page);
  const struct = await page.getStructTree();
  const annotations = (await page.getAnnotations()).map((a) => ({
    subtype: a.subtype,
    url: a.url ?? a.unsafeUrl ?? null,
    contents: a.contentsObj?.str ?? "",
    rect: a.rect,
  }));
  pages.push({
    width: page.view[2] - page.view[0],
    height: page.view[3] - page.view[1],
    tree: struct ? tree(struct, byId) : null,
    artifacts,
    untagged,
    annotations,
  });
}
const meta = await doc.getMetadata();
const xmp = meta.metadata;
console.log(
  JSON.stringify({
    pages,
    outline: outline(await doc.getOutline()),
    markInfo: await doc.getMarkInfo(),
    info: { title: meta.info.Title ?? null, author: meta.info.Author ?? null, language: meta.info.Language ?? null },
    xmp: xmp ? { title: xmp.get("dc:title"), language: xmp.get("dc:language"), creator: xmp.get("dc:creator") } : null,
  }),
);
