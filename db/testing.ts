import { openDatabase, type DB } from "./client";

/** A fresh in-memory database with every committed migration applied. */
export function createTestDb(): DB {
  return openDatabase(":memory:");
}
