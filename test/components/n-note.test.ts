import {describe, expect, it} from "vitest";
import {meansNNote} from "../../src/components/n-note.js";

const mean = (wave: string, n: number, group = "all") => ({wave, group, n, mean: 2, ci_low: 1, ci_high: 3});
const names = {pre: "前测", post: "后测"};

describe("meansNNote(means, options)", () => {
  it("says which wave's n differs from the paired n, and why", () => {
    const means = [mean("pre", 7), mean("post", 6)];
    expect(
      meansNNote(means, {group: "all", waves: ["pre", "post"], pairedN: 6, waveNames: names, lang: "zh"})
    ).toBe("均值图使用每个时点的全部作答者（前测 n = 7）；配对检验只用两次都有分数的人（n = 6）。");
    expect(
      meansNNote(means, {
        group: "all",
        waves: ["pre", "post"],
        pairedN: 6,
        waveNames: {pre: "Pre-test", post: "Post-test"},
        lang: "en"
      })
    ).toBe(
      "The means use everyone scored at each wave (Pre-test n = 7); the paired test uses only those scored at both (n = 6)."
    );
  });

  it("lists every differing wave in wave order", () => {
    const means = [mean("post", 8), mean("pre", 7)];
    expect(
      meansNNote(means, {group: "all", waves: ["pre", "post"], pairedN: 6, waveNames: names, lang: "zh"})
    ).toContain("（前测 n = 7，后测 n = 8）");
  });

  it("is null when the means have the paired n, and ignores other groups and waves", () => {
    const means = [mean("pre", 6), mean("post", 6), mean("pre", 9, "kids"), mean("follow", 9)];
    expect(
      meansNNote(means, {group: "all", waves: ["pre", "post"], pairedN: 6, waveNames: names, lang: "en"})
    ).toBeNull();
  });
});
