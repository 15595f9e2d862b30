import {describe, expect, it} from "vitest";
import {chartWidth, labelAnchor} from "../../../src/components/charts/common.js";

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
