import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-preview/", "test-output/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // the architecture: the core is pure, and only the gateway touches the workbook
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window", "fetch"],
      "no-restricted-imports": ["error", { patterns: ["../addin/*", "react*", "hyperformula*", "node:*"] }],
    },
  },
  {
    files: ["addin/**/*.{ts,tsx}"],
    ignores: ["addin/gateway/office.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "Excel", property: "run", message: "Only the gateway calls Excel.run." }],
    },
  },
  {
    files: ["addin/taskpane/**/*.{ts,tsx}", "addin/functions/**/*.ts", "addin/gateway/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["hyperformula*", "**/preview/*"] }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly" } },
  },
);
