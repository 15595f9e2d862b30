// Screenshots of dist/: tsx dist-shoot.ts out width lang path...
import {chromium} from "playwright-core";
import {serveStatic} from "../test/browser/serve.js";
const [out, width, langs, ...paths] = process.argv.slice(2);
const server = await serveStatic("/work/wt/dashboard/dist");
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"]});
for (const lang of langs.split(",")) for (const path of paths) {
  const context = await browser.newContext({viewport: {width: Number(width), height: 900}});
  await context.addInitScript((l) => localStorage.setItem("evalbook:lang", l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url + path, {timeout: 180000});
  await page.waitForLoadState("networkidle", {timeout: 180000});
  await page.locator("h1").first().waitFor();
  // Clipping check: any table wider than its box, any element scrolling horizontally.
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll("#observablehq-main .table-scroll, #observablehq-main table")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className || el.tagName} ${el.scrollWidth}>${el.clientWidth}`)
  );
  const name = `${path.replace(/^\/|\/$/g, "").replaceAll("/", "-") || "home"}-${width}-${lang}.png`;
  await page.screenshot({path: `${out}/${name}`, fullPage: true});
  console.log(name, clipped.length ? `CLIPPED ${clipped.join(" | ")}` : "", errors.join(" | "));
  await context.close();
}
await browser.close();
await server.close();
