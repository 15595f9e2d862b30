import {describe, expect, it} from "vitest";
import {PrePostSlopes} from "../../src/components/charts/pre-post-slopes.js";
import {
  crc32,
  exportButtons,
  exportFilename,
  serializeSvg,
  setPngDpi,
  svgSize,
  tableClipboard,
  tableToCSV
} from "../../src/components/export.js";
import {ResultsTable} from "../../src/components/table.js";
import {document} from "./dom.js";

describe("exportFilename(parts)", () => {
  it("joins study, page, subscale and date with underscores", () => {
    expect(
      exportFilename({
        study: "q-school",
        page: "prepost",
        subscale: "ability",
        date: "2026-11-23",
        ext: "svg"
      })
    ).toBe("q-school_prepost_ability_2026-11-23.svg");
  });

  it("uses the local calendar day of a Date and omits an empty subscale", () => {
    expect(exportFilename({study: "z-village", page: "themes", date: new Date(2026, 0, 5)})).toBe(
      "z-village_themes_2026-01-05"
    );
  });

  it("keeps Chinese and replaces unsafe characters, separators and dots with hyphens", () => {
    expect(
      exportFilename({
        study: "P街道 家长组",
        page: "前后测",
        subscale: "自我效能感",
        date: "2026-11-23",
        ext: "png"
      })
    ).toBe("P街道-家长组_前后测_自我效能感_2026-11-23.png");
    expect(
      exportFilename({study: "../../etc/passwd", page: 'a:b*c?"<>|', subscale: "x_y", date: "2026-11-23"})
    ).toBe("etc-passwd_a-b-c_x-y_2026-11-23");
  });
});

describe("serializeSvg(svg, options)", () => {
  const svg = () =>
    PrePostSlopes([{participant: "A1", group: "g", from: 2, to: 3}], {
      lang: "zh",
      fromLabel: "前测",
      toLabel: "后测",
      document
    });

  it("writes a standalone SVG: XML declaration, xmlns, size, CJK font stack, black text on white", () => {
    const text = serializeSvg(svg());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toMatch(
      /font-family="system-ui, &quot;Noto Sans CJK SC&quot;, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, sans-serif"/
    );
    expect(text).toMatch(/style="[^"]*color: black/);
    expect(text).toContain('<rect width="100%" height="100%" fill="white"/>');
    expect(text).toContain("前测");
    const parsed = new document.defaultView!.DOMParser().parseFromString(text, "image/svg+xml");
    expect(parsed.querySelector("parsererror")).toBeNull();
    expect(parsed.documentElement.getAttribute("width")).toBe("640");
  });

  it("leaves the original element untouched and can keep a transparent background", () => {
    const original = svg();
    const before = original.outerHTML;
    expect(serializeSvg(original, {background: null})).not.toContain('fill="white"/>');
    expect(original.outerHTML).toBe(before);
  });

  it("reads the size from width/height or the viewBox", () => {
    const el = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    el.setAttribute("viewBox", "0 0 300 150");
    expect(svgSize(el)).toEqual({width: 300, height: 150});
    expect(() => svgSize(document.createElementNS("http://www.w3.org/2000/svg", "svg"))).toThrow(/viewBox/);
  });
});

/** A minimal PNG (1×1, no real pixel data needed for chunk handling) built from chunks with valid CRCs. */
function png(...types: string[]): Uint8Array {
  const chunks = types.map((type) => {
    const data =
      type === "IHDR"
        ? [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]
        : type === "pHYs"
          ? [0, 0, 11, 19, 0, 0, 11, 19, 1]
          : [];
    const body = new Uint8Array([...type].map((c) => c.charCodeAt(0)).concat(data));
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return out;
  });
  return new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...chunks.flatMap((c) => [...c])]);
}

function chunkTypes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const types = [];
  for (let at = 8; at < bytes.length; at += 12 + view.getUint32(at))
    types.push(String.fromCharCode(...bytes.subarray(at + 4, at + 8)));
  return types;
}

describe("setPngDpi(png, dpi)", () => {
  it("computes PNG's CRC-32", () => {
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
  });

  it("inserts one pHYs chunk of 11811 pixels per metre after IHDR, replacing an existing one", () => {
    for (const input of [png("IHDR", "IDAT", "IEND"), png("IHDR", "pHYs", "IDAT", "IEND")]) {
      const out = setPngDpi(input, 300);
      expect(chunkTypes(out)).toEqual(["IHDR", "pHYs", "IDAT", "IEND"]);
      const at = 8 + 12 + 13;
      const view = new DataView(out.buffer, out.byteOffset);
      expect([view.getUint32(at), view.getUint32(at + 8), view.getUint32(at + 12), out[at + 16]]).toEqual([
        9, 11811, 11811, 1
      ]);
      expect(view.getUint32(at + 17)).toBe(crc32(out.subarray(at + 4, at + 17)));
    }
  });

  it("rejects what is not a PNG", () => {
    expect(() => setPngDpi(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 300)).toThrow(/not a PNG/);
  });
});

describe("tableClipboard(table) and tableToCSV(table)", () => {
  const table = () =>
    ResultsTable(
      [
        {name: "学习能力", p: ".024"},
        {name: "=cmd", p: "< .001"}
      ],
      {
        columns: [
          {key: "name", label: "分量表"},
          {key: "p", label: "p"}
        ],
        caption: "表 1",
        notes: ["注释"],
        document
      }
    );

  it("gives Word an HTML document with the styled table, and Excel tab-separated text", () => {
    const {html, text} = tableClipboard(table());
    expect(html).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"><\/head><body><table class="results-table" style="border-collapse: collapse;/
    );
    expect(html).toContain("border-top: 1.5px solid");
    expect(text).toBe("分量表\tp\r\n学习能力\t.024\r\n'=cmd\t< .001\r\n注：注释");
  });

  it("exports the header and body cells as formula-safe CSV with a BOM, without the notes", () => {
    expect(tableToCSV(table())).toBe("\uFEFF分量表,p\r\n学习能力,.024\r\n'=cmd,< .001\r\n");
  });
});

describe("exportButtons(target, options)", () => {
  it("offers SVG, PNG and CSV for a chart with data, labelled in the page language", () => {
    const group = exportButtons(() => document.createElementNS("http://www.w3.org/2000/svg", "svg"), {
      filename: "x",
      data: [{a: 1}],
      document
    });
    expect([...group.querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "SVG",
      "PNG（300 dpi）",
      "CSV 数据"
    ]);
  });

  it("offers copy and CSV for a table", () => {
    const group = exportButtons(() => document.createElement("table"), {
      filename: "x",
      kind: "table",
      lang: "en",
      document
    });
    expect([...group.querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "Copy table",
      "CSV data"
    ]);
  });
});
