// A static file server for the built site, on 127.0.0.1 only, with Framework's clean URLs.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".parquet": "application/octet-stream",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png"
};

function locate(root: string, pathname: string): string | undefined {
  const base = resolve(root, "." + normalize(decodeURIComponent(pathname)));
  if (!base.startsWith(resolve(root))) return undefined;
  for (const candidate of [base, base + ".html", join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Serves `root` on an ephemeral port of 127.0.0.1; resolves to the base URL and a close function. */
export async function serveStatic(root: string): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer((request, response) => {
    const file = locate(root, new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!file) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done()))
  };
}
