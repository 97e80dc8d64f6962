/**
 * Who may do what in a workspace: the studio's permission table, the one every tRPC procedure and
 * every REST/headless route is checked against (README "Run it for your team" prints it).
 *
 * Built-in catalogs belong to no workspace: everyone reads them, nobody edits them in team mode
 * (clone one to change it). In local mode the one person at the keyboard is the owner of the one
 * implicit workspace.
 */

export const ROLES = ["viewer", "developer", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Browse catalogs, the explorer, clients, test users, activity, snippets; download exports. */
  read: "Read catalogs, clients, test users, activity and snippets; download exports",
  /** Run my.getAuthCode simulations and send the studio console's calls to the mock wallet. */
  simulate: "Run simulations and the simulator's calls to the mock wallet",
  /** Create, edit, import, clone, restore and delete the workspace's own catalogs. */
  "catalog.write": "Create, edit, import and delete the workspace's catalogs",
  /** Register, edit and delete merchant clients (and rotate their keys); edit test users. */
  "client.write": "Register and edit merchant clients and test users, rotate client keys",
  /** Move the workspace's mock clock. */
  "clock.write": "Move the workspace's mock clock",
  /** Delete Activity (runs and calls). */
  "activity.delete": "Clean up Activity",
  /** Invite people, change their roles, remove them. */
  "members.manage": "Invite members, change roles, remove members",
  /** Create and revoke the workspace's CI keys. */
  "keys.manage": "Create and revoke CI keys",
  /** Retention of the call log, workspace name. */
  "settings.write": "Change workspace settings (call-log retention, name)",
} as const;

export type Permission = keyof typeof PERMISSIONS;

const LEAST_ROLE: Record<Permission, Role> = {
  read: "viewer",
  simulate: "viewer",
  "catalog.write": "developer",
  "client.write": "developer",
  "clock.write": "developer",
  "activity.delete": "developer",
  "members.manage": "admin",
  "keys.manage": "admin",
  "settings.write": "admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function rank(role: Role): number {
  return ROLES.indexOf(role);
}

/** Whether `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return rank(role) >= rank(LEAST_ROLE[permission]);
}

/** The least role that holds a permission (for messages: "needs developer"). */
export function leastRoleFor(permission: Permission): Role {
  return LEAST_ROLE[permission];
}

/** Roles a member with `role` may hand out (to people or keys): never above their own; only owners make owners. */
export function assignableRoles(role: Role): Role[] {
  return ROLES.filter((candidate) => rank(candidate) <= rank(role));
}

/** The table as rows, for the README and the settings page. */
export function permissionTable(): Array<{ permission: Permission; description: string; roles: Record<Role, boolean> }> {
  return (Object.keys(PERMISSIONS) as Permission[]).map((permission) => ({
    permission,
    description: PERMISSIONS[permission],
    roles: Object.fromEntries(ROLES.map((role) => [role, can(role, permission)])) as Record<Role, boolean>,
  }));
}
