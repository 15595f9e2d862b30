// Exports what R needs to recompute the demo studies' result tables: each study ingested with the fixed key
// "evalbook-demo", written as test/fixtures/r/demo-<study>-{scores,responses,design}.csv (see scripts/r/README.md).
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {readSource} from "../../loaders/ingest/read-source.js";
import {scoredParts} from "../../src/lib/results/index.js";
import {scoredValue} from "../../src/lib/results/reliability.js";
import {readParquet} from "../../src/lib/parquet.js";
import {toCSV} from "../../src/lib/csv.js";

/** The key the fixtures and the test that reads them share. */
const DEMO_KEY = "evalbook-demo";
const DEMO_STUDIES = ["p-street", "q-school", "z-village"];

const out = process.argv[2] ?? "test/fixtures/r";
const temp = await mkdtemp(join(tmpdir(), "evalbook-demo-"));
try {
  for (const id of DEMO_STUDIES) {
    const dir = join(temp, id);
    const {study} = await ingestStudy(join("data/studies", id), {out: dir, key: DEMO_KEY, read: readSource});
    const table = async (name: string) =>
      (await readParquet((await readFile(join(dir, `${name}.parquet`))).buffer as ArrayBuffer)).rows;
    const scores = (await table("scores")).map(({participant, group, wave, instrument, subscale, score}) => ({
      participant,
      group,
      wave,
      instrument,
      subscale,
      score
    }));
    // Long responses, reverse keying applied: the values α is computed from.
    const responses = (await table("responses")).flatMap((row) =>
      study.instruments.flatMap((instrument) =>
        instrument.items.map((item) => ({
          participant: row.participant,
          group: row.group,
          wave: row.wave,
          instrument: instrument.id,
          subscale: item.subscale,
          item: item.id,
          value: scoredValue(row[item.id], item.reverse, instrument.scale)
        }))
      )
    );
    const present = new Set(scores.map((s) => s.group));
    const design = study.instruments.map((instrument) => ({
      instrument: instrument.id,
      parts: scoredParts(instrument).join(" "),
      midpoint: instrument.midpoint ?? null,
      reliability: instrument.reliability ?? null,
      higher_is_better: instrument.higher_is_better,
      waves: study.waves.map((w) => w.id).join(" "),
      groups: (study.groups.length
        ? study.groups.map((g) => g.id).filter((g) => present.has(g))
        : [...present]
      ).join(" "),
      between_groups: study.compare.between_groups
    }));
    for (const [name, rows] of Object.entries({scores, responses, design})) {
      await writeFile(join(out, `demo-${id}-${name}.csv`), toCSV(rows as Record<string, unknown>[]));
    }
    console.error(`${id}: ${scores.length} scores, ${responses.length} responses → ${out}/demo-${id}-*.csv`);
  }
} finally {
  await rm(temp, {recursive: true, force: true});
}
