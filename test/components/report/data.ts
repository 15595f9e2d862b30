// A demo or real study ingested into a temporary folder and decoded as the report page loads it (local build's rules).
import {mkdtemp, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {publishPolicy} from "../../../loaders/publish/mode.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import type {ReportData} from "../../../src/components/report/model.js";
import {guardrailsOf} from "../../../src/components/study-results.js";
import {readParquet} from "../../../src/lib/parquet.js";
import {quoteRows} from "../../../src/lib/qual/quotes.js";
import {realStudyYaml, studyFolder} from "../../loaders/ingest/study-folder.js";
import {sharedPath} from "../../shared.js";

/** Ingests `data/studies/<id>` and reads every table the report uses, as `npm run dev` serves them. */
export const demoReportData = (id: string) => reportData(join("data/studies", id));

/** The same for a real study: its committed study.yaml with its data from ../shared/fixtures/real. */
export async function realReportData(id: string, file: string): Promise<ReportData> {
  return reportData(await studyFolder(id, realStudyYaml(id), {[file]: sharedPath("fixtures", "real", file)}));
}

async function reportData(dir: string): Promise<ReportData> {
  const out = join(await mkdtemp(join(tmpdir(), "evalbook-report-")), "out");
  const {study} = await ingestStudy(dir, {
    out,
    key: "report-test-key",
    read: readSource
  });
  const table = async (name: string) => {
    const bytes = await readFile(join(out, `${name}.parquet`));
    const {rows} = await readParquet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    );
    return rows.map((r) =>
      "guardrails" in r ? {...r, guardrails: guardrailsOf(r.guardrails)} : r
    ) as never[];
  };
  const json = async (name: string) => JSON.parse(await readFile(join(out, name), "utf8"));
  const tallies = (await table("code_tallies")) as {by: string}[];
  return {
    study: await json("study.json"),
    ingest: await json("ingest-report.json"),
    comparisons: await table("comparisons"),
    oneSample: await table("one_sample"),
    betweenGroups: await table("between_groups"),
    reliability: await table("reliability"),
    changeCounts: await table("change_counts"),
    tallies: tallies.filter((r) => r.by === "all") as never[],
    agreement: await table("agreement"),
    quotes: quoteRows(await table("segments")),
    policy: publishPolicy(study, false)
  };
}
