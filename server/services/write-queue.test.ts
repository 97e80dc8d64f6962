import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { WriteQueue } from "./write-queue";

function setup() {
  const db = createTestDb();
  db.$client.exec("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)");
  const insert = db.$client.prepare("INSERT INTO t (v) VALUES (?)");
  const count = () => db.$client.prepare("SELECT count(*) FROM t").pluck().get();
  return { db, insert, count, queue: new WriteQueue(db.$client) };
}

describe("WriteQueue", () => {
  it("commits every write of one turn of the event loop in one transaction, settling after the commit", async () => {
    const { insert, count, queue, db } = setup();
    let inTransaction = false;
    const writes = Array.from({ length: 50 }, (_, i) =>
      queue.enqueue(() => {
        inTransaction = db.$client.inTransaction;
        return Number(insert.run(i).lastInsertRowid);
      }),
    );
    expect(count()).toBe(0); // nothing runs before the turn ends
    const ids = await Promise.all(writes);
    expect(inTransaction).toBe(true);
    expect(db.$client.inTransaction).toBe(false); // committed before the promises settled
    expect(ids).toHaveLength(50);
    expect(count()).toBe(50);
  });

  it("a write that throws is undone alone; the others of its batch commit", async () => {
    const { insert, count, queue } = setup();
    const results = await Promise.allSettled([
      queue.enqueue(() => insert.run(1)),
      queue.enqueue(() => {
        insert.run(2);
        insert.run(1); // UNIQUE violation after a first insert: both of this write's rows must go
      }),
      queue.enqueue(() => insert.run(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(count()).toBe(2);
  });

  it("writes queued while a batch commits go into the next one", async () => {
    const { insert, count, queue } = setup();
    const first = queue.enqueue(() => {
      void queue.enqueue(() => insert.run(99)).then(() => expect(count()).toBe(2));
      return insert.run(1);
    });
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(count()).toBe(2);
  });

  it("waits for another process's write lock without putting the event loop to sleep", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-queue-"));
    try {
      const file = path.join(dir, "queue.db");
      const ours = openDatabase(file);
      const theirs = openDatabase(file); // another connection: as another process would hold it
      ours.$client.exec("CREATE TABLE t (v INTEGER)");
      const queue = new WriteQueue(ours.$client);
      theirs.$client.prepare("BEGIN IMMEDIATE").run();
      let settled = false;
      const write = queue.enqueue(() => ours.$client.prepare("INSERT INTO t (v) VALUES (1)").run()).then(() => (settled = true));
      // Timers keep firing while the write waits: the loop is not blocked by SQLite's busy handler.
      let ticks = 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (++ticks === 5) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      expect(settled).toBe(false);
      theirs.$client.prepare("COMMIT").run();
      await write;
      expect(ours.$client.prepare("SELECT count(*) FROM t").pluck().get()).toBe(1);
      ours.$client.close();
      theirs.$client.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
