// The ingest's memory budget (EVALBOOK_MEMORY): a study that does not fit gets one line saying how to give it more,
// with nothing left behind (the staging and spill folders removed).
import {readdir, rm} from "node:fs/promises";
import {dirname, join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {sharedPath} from "../../shared.js";
import {realStudyYaml, studyFolder} from "./study-folder.js";

describe("ingestStudy under EVALBOOK_MEMORY", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("says in one line how to give a study that does not fit more memory, and leaves no folder behind", async () => {
    const dir = await studyFolder("bfi", realStudyYaml("bfi"), {
      "bfi.csv": sharedPath("fixtures", "real", "bfi.csv")
    });
    try {
      vi.stubEnv("EVALBOOK_MEMORY", "8MB");
      const error = await ingestStudy(dir, {
        out: join(dir, "out"),
        key: "evalbook-memory",
        read: readSource
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `${join(dir, "study.yaml")}: the ingest needed more than its 8MB of memory. Fix: give it more with the environment variable EVALBOOK_MEMORY, e.g. EVALBOOK_MEMORY=4GB npm run dev`
      );
      expect(await readdir(dir)).toEqual(["bfi.csv", "study.yaml"]);
    } finally {
      await rm(dirname(dir), {recursive: true, force: true});
    }
  }, 60_000);
});
