import { describe, expect, it } from "vitest";
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
});
