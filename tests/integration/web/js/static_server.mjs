// A small static file server for the offline checks, as a clinic's web server serves out/:
// each file with its media type, and a single byte range (206, or 416) when one is asked for,
// as a player asks. `rewrite` may change an HTML page's text before it is served (a rebuilt
// handout). A server in trouble: `status` (500) answers every request with it, `hang` never
// answers. close() stops it and ends every open connection, as leaving the clinic's network.
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mp3": "audio/mpeg",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".json": "application/json",
};

// [start, end] of "bytes=a-b", "bytes=a-" or "bytes=-n" in a file of `size` bytes; null when
// it asks for nothing the file has.
function byteRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const start = m[1] === "" ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === "" || m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start <= end ? [start, end] : null;
}

export async function serve(folder, options = {}) {
  const requests = [];
  const server = http.createServer(async (request, response) => {
    requests.push({ url: request.url, range: request.headers.range || "" });
    if (options.hang) return;
    if (options.status) {
      response.writeHead(options.status, { "Content-Type": "text/plain; charset=utf-8" }).end("The server is in trouble.");
      return;
    }
    const name = decodeURIComponent(new URL(request.url, "http://host").pathname).slice(1);
    const file = path.join(folder, name);
    if (name.includes("/") || name.startsWith(".") || request.method !== "GET") {
      response.writeHead(404).end();
      return;
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const extension = path.extname(name);
    if (extension === ".html" && options.rewrite) body = Buffer.from(options.rewrite(body.toString("utf8")));
    const headers = { "Content-Type": types[extension] || "application/octet-stream", "Accept-Ranges": "bytes", "Cache-Control": "no-cache" };
    if (request.headers.range) {
      const range = byteRange(request.headers.range, body.length);
      if (!range) {
        response.writeHead(416, { "Content-Range": `bytes */${body.length}` }).end();
        return;
      }
      const [start, end] = range;
      response.writeHead(206, { ...headers, "Content-Range": `bytes ${start}-${end}/${body.length}`, "Content-Length": end - start + 1 });
      response.end(body.subarray(start, end + 1));
      return;
    }
    response.writeHead(200, { ...headers, "Content-Length": body.length });
    response.end(body);
  });
  await new Promise((ok) => server.listen(options.port || 0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    port: server.address().port,
    requests,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}
