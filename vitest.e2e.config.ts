import { defineConfig } from "vitest/config";

// Browser tests: the built task pane in Debian's Chromium through playwright-core (run after `npm run build`).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
