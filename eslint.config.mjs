import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "dist/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Layering, enforced: the domain is plain TypeScript (no database, framework or HTTP server), the
  // pages never reach the database, and db/ never reaches up into server/.
  {
    files: ["server/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:http", "http", "node:https", "https", "node:net", "net"].map((name) => ({ name, message: "server/domain does no I/O: HTTP lives in server/gateway." })),
          patterns: [
            {
              group: ["@/db", "@/db/**", "**/db/**", "better-sqlite3", "drizzle-orm", "drizzle-orm/**"],
              message: "server/domain is pure: load data in server/services and pass it in.",
            },
            { group: ["next", "next/**", "react", "react/**", "react-dom", "react-dom/**"], message: "server/domain is framework-free." },
            {
              group: ["@/server/services/**", "@/server/gateway/**", "@/server/http/**", "@/server/routers/**", "@/server/database", "@/server/trpc", "@/server/start", "@/server/cluster", "@/server/main"],
              message: "server/domain imports nothing above it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db", "@/db/**", "**/db/**"], message: "Pages reach data through tRPC or server/ services, never db/ directly." }] },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/server", "@/server/**", "**/server/**"], message: "db/ holds the schema and connection only; server/ builds on it, not the reverse." }] }],
    },
  },
  {
    // Playwright fixtures receive a `use` callback that is not a React hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
