import {describe} from "vitest";
import {ChangeCategories, type ChangeRow} from "../../../src/components/charts/change-categories.js";
import {document} from "../dom.js";
import {pairs, scoreRows} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

/** RCI = change / (SD_pre·√2·√(1 − r)), with an assumed reliability of .80 and SD of 0.5. */
function changeRows(n: number, seed: number): ChangeRow[] {
  const sdiff = 0.5 * Math.sqrt(2) * Math.sqrt(1 - 0.8);
  return pairs(scoreRows(n, seed)).map(({participant, from, to}) => {
    const rci = (to - from) / sdiff;
    return {
      participant,
      change: to - from,
      rci,
      category: rci > 1.96 ? "improved" : rci < -1.96 ? "deteriorated" : "unchanged"
    };
  });
}

export function changeCategoriesN6Zh() {
  return ChangeCategories(changeRows(6, 3), {lang: "zh", title: "可靠变化（RCI）", document});
}

export function changeCategoriesN40En() {
  return ChangeCategories(changeRows(40, 6), {lang: "en", width: 800, document});
}

describe("ChangeCategories(rows, options)", () => {
  snapshotTests({changeCategoriesN6Zh, changeCategoriesN40En});
});
