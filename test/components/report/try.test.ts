import {it} from "vitest";
import {JSDOM} from "jsdom";
import {demoReportData} from "./data.js";
import {reportBlocks} from "../../../src/components/report/model.js";
it("prints", async () => {
  const dom = new JSDOM("<!DOCTYPE html><body></body>");
  (globalThis as any).document = dom.window.document;
  const data = await demoReportData("z-village");
  const blocks = reportBlocks(data, {lang: "zh"});
  for (const b of blocks)
    console.log(
      JSON.stringify(b.type === "figure" ? {...b, svg: b.draw(dom.window.document).outerHTML.length} : b)
    );
}, 120000);
