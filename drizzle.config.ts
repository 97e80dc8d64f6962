import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
  dbCredentials: { url: process.env.DATABASE_URL ?? "./data/authcode-studio.db" },
});
