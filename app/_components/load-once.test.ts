import { describe, expect, it } from "vitest";
import { loadOnce } from "./load-once";

describe("loadOnce", () => {
  it("runs the load once and shares its promise", async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    const [a, b] = [load(), load()];
    expect(a).toBe(b);
    expect(await a).toBe(1);
    expect(await load()).toBe(1);
    expect(calls).toBe(1);
  });

  it("tries again after a failed load", async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error("network");
      return "module";
    });
    await expect(load()).rejects.toThrow("network");
    expect(await load()).toBe("module");
    expect(await load()).toBe("module");
    expect(calls).toBe(2);
  });
});
