// Read by `office-addin-lint check` (npm run lint). The Office add-in rules guard the Office.js
// batching model: load before read, sync after load, no sync inside loops, null objects tested
// with isNullObject. Formatting is left to the editor; these rules are about correctness.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

export default [
  { ignores: ["dist/**", "node_modules/**", "**/*.test.ts", "**/*.test.tsx", "test/**"] },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
];
