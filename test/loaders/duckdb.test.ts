// Work side by side on connections of one database: a failure is thrown only once every piece has ended, so no
// connection closes under a query still running.
import {mkdtemp, readdir, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {allEnded, withDuckDB} from "../../loaders/duckdb.js";
import {copyOnOneThread} from "../../loaders/write/parquet.js";

describe("allEnded(work)", () => {
  it("gives every result in order", async () => {
    await expect(allEnded([Promise.resolve(1), Promise.resolve(2)])).resolves.toEqual([1, 2]);
  });

  it("throws the first failure once every piece of work has ended", async () => {
    let ended = false;
    const longer = new Promise<number>((resolve) => setImmediate(() => resolve(1))).then((v) => {
      ended = true;
      return v;
    });
    await expect(allEnded([Promise.reject(new Error("first")), longer])).rejects.toThrow("first");
    expect(ended).toBe(true);
  });
});

describe("copyOnOneThread(db, instance, copies)", () => {
  it("lets the copy beside a failing one finish, then throws and leaves the database as it was", async () => {
    const dir = await mkdtemp(join(tmpdir(), "evalbook-copies-"));
    try {
      await withDuckDB(
        async (db, instance) => {
          const copies = [
            {query: "SELECT * FROM no_such_table", path: join(dir, "a.parquet")},
            {query: "SELECT range AS n FROM range(5000000)", path: join(dir, "b.parquet")}
          ];
          await expect(copyOnOneThread(db, instance, copies)).rejects.toThrow(/no_such_table/);
          // Already whole when the failure is thrown.
          expect(await readdir(dir)).toEqual(["b.parquet"]);
          const [[rows]] = (
            await db.runAndReadAll(`SELECT count(*)::INTEGER FROM '${join(dir, "b.parquet")}'`)
          ).getRows();
          expect(rows).toBe(5_000_000);
          const [[threads]] = (await db.runAndReadAll("SELECT current_setting('threads')")).getRows();
          expect(Number(threads)).toBe(2);
        },
        {threads: 2}
      );
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});
