import {describe, expect, it} from "vitest";
import {chartWidth, labelAnchor, layoutHeader, textWidth} from "../../../src/components/charts/common.js";
import {document} from "../dom.js";

describe("labelAnchor(y, midpoint, reach)", () => {
  it("centres a label the midpoint line cannot reach", () => {
    expect(labelAnchor(3.5, 3, 0.2)).toBe("middle");
    expect(labelAnchor(2.8, 3, 0.2)).toBe("middle");
    expect(labelAnchor(3.1, undefined, 0.2)).toBe("middle");
  });

  it("puts a label near the line on the far side of its value: above at or over it, below under it", () => {
    expect(labelAnchor(3.1, 3, 0.2)).toBe("bottom");
    expect(labelAnchor(3, 3, 0.2)).toBe("bottom");
    expect(labelAnchor(2.98, 3, 0.2)).toBe("top");
  });
});

describe("chartWidth(width, margins)", () => {
  it("keeps the asked width when the frame fits between the margins", () => {
    expect(chartWidth(640, {marginLeft: 50, marginRight: 20})).toBe(640);
  });

  it("widens a chart asked to be narrower than its margins, so no mark gets a negative size", () => {
    expect(chartWidth(0, {marginLeft: 0, marginRight: 20})).toBe(60);
    expect(chartWidth(100, {marginLeft: 50, marginRight: 40})).toBe(130);
  });
});

describe("layoutHeader({title}, {width, fontSize})", () => {
  const draw = (title: string, width: number) => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement;
    const header = layoutHeader({title}, {width, fontSize: 12});
    header.draw(svg);
    return {height: header.height, text: svg.querySelector("text")!};
  };

  it("keeps a title that fits on one line as one text", () => {
    const {height, text} = draw("学习能力 · 均值", 640);
    expect(text.children).toHaveLength(0);
    expect(text.textContent).toBe("学习能力 · 均值");
    expect(height).toBe(31);
  });

  it("wraps a title wider than a phone's chart onto lines that fit, and makes room for them", () => {
    const title = "对外出务工的认知 · 各测量时点均值及 95% 置信区间";
    const {height, text} = draw(title, 200);
    const lines = [...text.children].map((span) => span.textContent!);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(200 - 16);
    expect(text.textContent!.replace(/\s/g, "")).toBe(title.replace(/\s/g, "")); // nothing lost at the breaks
    expect(height).toBe(31 + (lines.length - 1) * 20);
  });

  it("keeps the space at a break between words", () => {
    const title = "Perception of parents' migrant work · Mean and 95% CI by wave";
    const {text} = draw(title, 200);
    expect(text.children.length).toBeGreaterThan(1);
    expect(text.textContent).toBe(title);
  });
});
