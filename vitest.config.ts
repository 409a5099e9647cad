import { defineConfig } from "vitest/config";

// Three projects: fast unit tests (core, adapters, gateway, manifest), end-to-end tests in real
// headless Chromium against the built preview, and benchmarks (npm run bench).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
          exclude: ["test/e2e/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          // picks the Chromium once per run (test/e2e/chromium.ts)
          globalSetup: ["test/e2e/chromium.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "bench",
          include: ["bench/**/*.bench.ts"],
          // the Chromium the preview's benchmarks drive, as for the end-to-end tests
          globalSetup: ["test/e2e/chromium.ts"],
          // one benchmark at a time: on 2 cores, files in parallel would measure each other
          fileParallelism: false,
          testTimeout: 120_000,
          // peak memory is measured from a collected heap
          execArgv: ["--expose-gc"],
        },
      },
    ],
  },
});
