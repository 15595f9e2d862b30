// Screenshots of the built site (run `npm run build` first): `npm run screenshots -- [out-dir] [path …]`.
// The README's pictures come from here; a developer uses it to look at pages as a reader would.
import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {launchChromium, openPage} from "../test/browser/chromium.js";
import {serveStatic} from "../test/browser/serve.js";

const [out = "docs/screenshots", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/studies/q-school/"];
await mkdir(out, {recursive: true});
const server = await serveStatic("dist");
const browser = await launchChromium();
try {
  for (const path of pages) {
    const {page, log} = await openPage(browser, {width: 1280, height: 900});
    await page.goto(server.url + path);
    await page.waitForLoadState("networkidle");
    const name = path.replace(/^\/|\/$/g, "").replaceAll("/", "-") || "home";
    await page.screenshot({path: join(out, `${name}.png`), fullPage: true});
    console.log(
      `${path} → ${join(out, name)}.png${log.errors.length ? `  errors: ${log.errors.join(" | ")}` : ""}`
    );
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
