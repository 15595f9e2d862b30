// `npm run preview`: the built site (dist/) served as any static host would, on 127.0.0.1. No rewriting: a URL is a
// file, or a folder with its index.html, exactly as `python3 -m http.server` or an object store serves it.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve} from "node:path";
import {parseArgs} from "node:util";

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

/** The file a plain static server answers `pathname` with: the file itself, or a folder's index.html. */
function locate(root: string, pathname: string): string | undefined {
  const base = resolve(root, "." + normalize(decodeURIComponent(pathname)));
  if (!base.startsWith(resolve(root))) return undefined;
  const file = pathname.endsWith("/") ? join(base, "index.html") : base;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serves `root` on `port` of 127.0.0.1 (0: any free port); resolves to the base URL and a close function. */
export async function serveStatic(
  root: string,
  {port = 0}: {port?: number} = {}
): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer((request, response) => {
    const file = locate(root, new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!file) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done()))
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({options: {port: {type: "string", default: "3001"}}});
  if (!existsSync("dist/index.html")) {
    console.error("✗ dist/ holds no site. Fix: run `npm run build` first");
    process.exitCode = 1;
  } else {
    const {url} = await serveStatic("dist", {port: Number(values.port)});
    console.log(`evalbook: dist/ served at ${url}/ (Ctrl-C stops)`);
  }
}
