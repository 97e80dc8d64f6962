import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { startCheckpointer } from "./checkpointer";

it("keeps the WAL from growing under writes that never pause, from its own thread", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-checkpoint-"));
  const file = path.join(dir, "wal.db");
  const db = openDatabase(file);
  try {
    db.$client.exec("CREATE TABLE t (v BLOB)");
    const stop = startCheckpointer(file, db.$client, { intervalMs: 10, restartPages: 50 });
    expect(db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const insert = db.$client.prepare("INSERT INTO t (v) VALUES (randomblob(4000))");
    await new Promise((resolve) => setTimeout(resolve, 300)); // the thread loads better-sqlite3 first
    let maxFrames = 0;
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 20; i++) insert.run(); // ~20 pages a round, commits back to back
      await new Promise((resolve) => setTimeout(resolve, 10));
      const walPages = fs.statSync(`${file}-wal`).size / 4096;
      maxFrames = Math.max(maxFrames, walPages);
    }
    stop();
    // 2,000 rows (pages) written; without checkpoints the WAL would hold them all.
    expect(db.$client.prepare("SELECT count(*) FROM t").pluck().get()).toBe(2000);
    expect(maxFrames).toBeLessThan(1000);
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
