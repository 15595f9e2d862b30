import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    env: {TZ: "UTC"},
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**"],
          // Vitest's default is one worker fewer than the cores: a single worker on the 2-core machines CI runs on,
          // while most files wait on DuckDB, a child build or LibreOffice as much as they compute. The browser
          // project has the same two workers, so its files share them with these (Vitest runs projects of equal
          // maxWorkers as one group) instead of waiting for all of them.
          maxWorkers: 2,
          // Files reuse their worker's imported modules (DuckDB's binding, the readers, the statistics): a third
          // less CPU for the project. No test depends on a fresh module state.
          isolate: false,
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/build-site.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A page recomputes or redraws after a click: wait for the condition as long as a busy machine needs
          // (expect.poll's default of 1 s failed under load), never for a fixed time.
          expect: {poll: {timeout: 60_000}},
          maxWorkers: 2,
          // Page loads a file runs side by side (it.concurrent): a load mostly waits on the network going idle, so a
          // few overlap well on two cores; more only queue for the CPU.
          maxConcurrency: 3
        }
      }
    ]
  }
});
