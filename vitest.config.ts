import { defineConfig } from "vitest/config";

// Unit and integration tests: everything but the browser tests (test/e2e, see vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
  },
});
