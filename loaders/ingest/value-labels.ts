// SPSS files carry their own option text: where it contradicts study.yaml's scale labels, the codes may run the
// other way (1 = 完全符合 in the file, 1 = 完全不符合 in study.yaml), and the ingest, which reads codes, says so.
import type {Text} from "../../src/lib/types.js";
import {normalizeText} from "../read/normalize-text.js";
import type {Study} from "../study/schema.js";
import type {SourceTable} from "./source-table.js";
import type {SourceColumns} from "./units.js";

/** One warning per file and instrument whose items' value labels disagree with the instrument's scale labels. */
export function valueLabelWarnings(study: Study, tables: SourceTable[], columns: SourceColumns[]): Text[] {
  return tables.flatMap((table, t) =>
    study.instruments.flatMap((instrument, i) => {
      const scale = instrument.scale.labels ?? {};
      const clashes = instrument.items.flatMap((item) => {
        const column = table.columns[columns[t]!.items.get(item.id) ?? -1];
        const labels = column?.labels ?? {};
        const code = Object.keys(labels).find(
          (c) => scale[c] !== undefined && normalizeText(scale[c]) !== normalizeText(labels[Number(c)]!)
        );
        return code === undefined ? [] : [{header: column!.header, code, file: labels[Number(code)]!}];
      });
      const [first] = clashes;
      if (!first) return [];
      const more = clashes.length - 1;
      return [
        {
          en:
            `${table.file}, column "${first.header}"${more ? ` (and ${more} more columns)` : ""}: the file labels ` +
            `code ${first.code} "${first.file}", but instruments[${i}].scale.labels says "${scale[first.code]}"; answers are ` +
            "read as codes, so check that the file and study.yaml count in the same direction",
          zh:
            `${table.file}，“${first.header}”列${more ? `（及另外 ${more} 列）` : ""}：文件把代码 ${first.code} ` +
            `标为“${first.file}”，而 instruments[${i}].scale.labels 写的是“${scale[first.code]}”；答案按代码读取，` +
            "请确认文件与 study.yaml 的计分方向一致"
        }
      ];
    })
  );
}
