import {describe, expect, it} from "vitest";
import {methodsParagraph, sensitivityText, type MethodsContent} from "../../../src/lib/report/methods.js";

const none: MethodsContent = {
  paired: false,
  oneSample: false,
  between: false,
  reliability: false,
  change: false,
  agreement: false,
  pairedNs: []
};

describe("methodsParagraph(content, lang)", () => {
  it("names only the analyses the report holds and lists exactly the references it cites", () => {
    const {text, references} = methodsParagraph({...none, between: true}, "en");
    expect(text).toMatch(/^Groups were compared by Welch's t test \(Welch, 1947\)/);
    expect(references.map((r) => r.split(",")[0])).toEqual(["Hedges", "Mann", "Welch"]);
    expect(methodsParagraph(none, "zh")).toEqual({text: "", references: []});
  });

  it("gives the smallest detectable d_z for each sample size once, smallest n first", () => {
    // pwr::pwr.t.test(n, power = .8, sig.level = .05, type = "paired")$d: 1.4345 (n = 6), 0.8887 (n = 12).
    expect(sensitivityText(6)).toBe("1.43");
    expect(sensitivityText(12)).toBe("0.89");
    const {text, references} = methodsParagraph({...none, pairedNs: [12, 6, 12, 1]}, "zh");
    expect(text).toContain("n = 6 时 d_z = 1.43，n = 12 时 d_z = 0.89（Cohen, 1988; Champely, 2020）");
    expect(references).toHaveLength(2);
  });
});
