import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assignableRoles, can, permissionTable, ROLES } from "./permissions";

describe("permissions", () => {
  it("each role holds what the roles below it hold", () => {
    for (const row of permissionTable()) {
      const held = ROLES.map((role) => row.roles[role]);
      expect(held).toEqual([...held].sort((a, b) => Number(a) - Number(b)));
      expect(row.roles.owner).toBe(true);
    }
  });

  it("viewers read and simulate, developers edit, admins manage people and keys", () => {
    expect(can("viewer", "simulate")).toBe(true);
    expect(can("viewer", "client.write")).toBe(false);
    expect(can("developer", "catalog.write")).toBe(true);
    expect(can("developer", "keys.manage")).toBe(false);
    expect(can("admin", "members.manage")).toBe(true);
    expect(assignableRoles("admin")).toEqual(["viewer", "developer", "admin"]);
    expect(assignableRoles("viewer")).toEqual(["viewer"]);
  });

  it("the README prints this table", () => {
    const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    for (const row of permissionTable()) {
      const line = `| ${row.description} | ${ROLES.map((role) => (row.roles[role] ? "✓" : "–")).join(" | ")} |`;
      expect(readme).toContain(line);
    }
  });
});
