import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Catalogs are stored as whole documents (validated by `catalogSchema`), with the
 * current document on the catalog row and every saved document in `catalogVersions`.
 * `catalogScopes` is a derived index of the current scopes, rewritten in the same
 * transaction as every save, so the explorer can search and filter in SQL.
 */
export const catalogs = sqliteTable(
  "catalogs",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull(),
    name: text().notNull(),
    wallet: text().notNull(),
    region: text().notNull(),
    countryCode: text(),
    /** Slug of the built-in catalog this one is, or null for a team's own catalog. */
    builtinKey: text(),
    /** The workspace a team's own catalog belongs to; null for the built-ins, which every workspace sees. */
    workspaceId: text(),
    version: integer().notNull(),
    scopeCount: integer().notNull(),
    document: text({ mode: "json" }).notNull(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (table) => [uniqueIndex("catalogs_slug_idx").on(table.slug), index("catalogs_workspace_idx").on(table.workspaceId)],
);

export const catalogVersions = sqliteTable(
  "catalog_versions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    author: text().notNull(),
    /** Short human summary such as "Created", "Edited 2 scopes", "Restored version 3". */
    summary: text().notNull(),
    /** Structured list of changes against the previous version (see `diffCatalogs`). */
    changes: text({ mode: "json" }).notNull(),
    document: text({ mode: "json" }).notNull(),
    createdAt: integer().notNull(),
  },
  (table) => [uniqueIndex("catalog_versions_catalog_version_idx").on(table.catalogId, table.version)],
);

export const catalogScopes = sqliteTable(
  "catalog_scopes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    /** Lower-cased name, description, aliases and fields: what free-text search matches. */
    searchText: text().notNull(),
    silent: integer({ mode: "boolean" }).notNull(),
    deprecated: integer({ mode: "boolean" }).notNull(),
    /** "documented" when both the scope itself and its silent flag are documented; "conflict" when either is. */
    fidelity: text({ enum: ["documented", "assumed", "conflict"] }).notNull(),
  },
  (table) => [
    index("catalog_scopes_name_idx").on(table.name),
    index("catalog_scopes_catalog_position_idx").on(table.catalogId, table.position),
  ],
);

/** Small key/value facts about this database, e.g. which built-in catalogs were seeded. */
export const meta = sqliteTable("meta", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: integer()
    .notNull()
    .default(sql`(unixepoch() * 1000)`),
});

/** The mock wallet's own RSA key pair per catalog; signs every response. The private key never leaves the server. */
export const walletKeys = sqliteTable("wallet_keys", {
  id: integer().primaryKey({ autoIncrement: true }),
  catalogId: integer()
    .notNull()
    .unique()
    .references(() => catalogs.id, { onDelete: "cascade" }),
  keyVersion: integer().notNull(),
  publicKeyPem: text().notNull(),
  privateKeyPem: text().notNull(),
  createdAt: integer().notNull(),
});

/** A merchant backend registered to call a catalog's mock wallet API. */
export const merchantClients = sqliteTable(
  "merchant_clients",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    clientId: text().notNull(),
    name: text().notNull(),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    /** Scopes this client may be granted; null = every scope of the catalog. */
    allowedScopes: text({ mode: "json" }).$type<string[] | null>(),
    publicKeyPem: text().notNull(),
    /** "studio": the studio's own console client, whose private key the server keeps to sign requests from the UI. */
    keyOrigin: text({ enum: ["generated", "pasted", "studio"] }).notNull(),
    /** Only for the studio console client; a registered merchant's private key is never stored. */
    studioPrivateKeyPem: text(),
    signatureMode: text({ enum: ["strict", "off"] }).notNull(),
    /** The workspace the client belongs to: every call naming it lands in that workspace's Activity. */
    workspaceId: text().notNull().default("local"),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (table) => [
    uniqueIndex("merchant_clients_client_id_idx").on(table.clientId),
    index("merchant_clients_catalog_idx").on(table.catalogId),
    index("merchant_clients_workspace_idx").on(table.workspaceId, table.catalogId),
  ],
);

/** A fake wallet user whose profile inquiryUserInfo answers from. */
export const testUsers = sqliteTable(
  "test_users",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    userId: text().notNull(),
    displayName: text().notNull(),
    profile: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    workspaceId: text().notNull().default("local"),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (table) => [uniqueIndex("test_users_workspace_catalog_user_idx").on(table.workspaceId, table.catalogId, table.userId)],
);

/** One my.getAuthCode simulation (from the simulator page or the headless API). */
export const simulations = sqliteTable(
  "simulations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    publicId: text().notNull(),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    clientRowId: integer().references(() => merchantClients.id, { onDelete: "set null" }),
    testUserId: integer().references(() => testUsers.id, { onDelete: "set null" }),
    source: text({ enum: ["ui", "api"] }).notNull(),
    requestedScopes: text({ mode: "json" }).$type<unknown>(),
    outcome: text().notNull(),
    callback: text({ enum: ["success", "fail"] }).notNull(),
    /** The engine's full result: payload, steps, assumptions. */
    result: text({ mode: "json" }).notNull(),
    workspaceId: text().notNull().default("local"),
    createdAt: integer().notNull(),
  },
  (table) => [
    uniqueIndex("simulations_public_id_idx").on(table.publicId),
    index("simulations_catalog_created_idx").on(table.catalogId, table.createdAt),
    index("simulations_workspace_created_idx").on(table.workspaceId, table.createdAt),
  ],
);

/**
 * The signed calls the simulator sent to continue a run with the studio console client, in order:
 * what the run's page shows again after a reload or from a shared link. Codes and tokens in the
 * stored exchange are masked (first characters only), like everywhere else in Activity.
 */
export const simulationCalls = sqliteTable(
  "simulation_calls",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    simulationId: integer()
      .notNull()
      .references(() => simulations.id, { onDelete: "cascade" }),
    step: text({ enum: ["applyToken", "inquiryUserInfo", "refresh", "revoke"] }).notNull(),
    tamper: text().notNull(),
    /** The request, response and signature checks as the simulator showed them (masked). */
    exchange: text({ mode: "json" }).notNull(),
    createdAt: integer().notNull(),
  },
  (table) => [index("simulation_calls_simulation_idx").on(table.simulationId, table.id)],
);

/** Issued auth codes: only the SHA-256 hash of the code is stored. */
export const authCodes = sqliteTable(
  "auth_codes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    codeHash: text().notNull(),
    codePrefix: text().notNull(),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    /** The client the code was issued for; null = any client of the catalog may redeem it. */
    clientRowId: integer().references(() => merchantClients.id, { onDelete: "cascade" }),
    testUserId: integer()
      .notNull()
      .references(() => testUsers.id, { onDelete: "cascade" }),
    simulationId: integer().references(() => simulations.id, { onDelete: "set null" }),
    /** The workspace of the run that issued it: only its clients can redeem it. */
    workspaceId: text().notNull().default("local"),
    scopes: text({ mode: "json" }).$type<string[]>().notNull(),
    issuedAt: integer().notNull(),
    expiresAt: integer().notNull(),
    redeemedAt: integer(),
  },
  (table) => [
    uniqueIndex("auth_codes_hash_idx").on(table.codeHash),
    index("auth_codes_prefix_idx").on(table.codePrefix),
    index("auth_codes_simulation_idx").on(table.simulationId),
  ],
);

/** What an authorization granted: the parent of an access/refresh token family. */
export const grants = sqliteTable(
  "grants",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    clientRowId: integer()
      .notNull()
      .references(() => merchantClients.id, { onDelete: "cascade" }),
    testUserId: integer()
      .notNull()
      .references(() => testUsers.id, { onDelete: "cascade" }),
    authCodeId: integer().references(() => authCodes.id, { onDelete: "set null" }),
    scopes: text({ mode: "json" }).$type<string[]>().notNull(),
    /** Absolute end of the grant: refresh tokens never outlive it, however often they rotate. */
    refreshExpiresAt: integer().notNull(),
    createdAt: integer().notNull(),
    revokedAt: integer(),
    revokeReason: text(),
  },
  (table) => [index("grants_auth_code_idx").on(table.authCodeId)],
);

/** Access and refresh tokens; only the SHA-256 hash is stored. */
export const tokens = sqliteTable(
  "tokens",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    grantId: integer()
      .notNull()
      .references(() => grants.id, { onDelete: "cascade" }),
    kind: text({ enum: ["access", "refresh"] }).notNull(),
    tokenHash: text().notNull(),
    tokenPrefix: text().notNull(),
    issuedAt: integer().notNull(),
    expiresAt: integer().notNull(),
    /** Set when a refresh replaced this refresh token. */
    rotatedAt: integer(),
    revokedAt: integer(),
  },
  (table) => [uniqueIndex("tokens_hash_idx").on(table.tokenHash), index("tokens_grant_idx").on(table.grantId), index("tokens_prefix_idx").on(table.tokenPrefix)],
);

/** Every call to the mock wallet API, with what was asked and answered. */
export const apiCalls = sqliteTable(
  "api_calls",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    publicId: text().notNull(),
    catalogId: integer().references(() => catalogs.id, { onDelete: "cascade" }),
    clientRowId: integer().references(() => merchantClients.id, { onDelete: "set null" }),
    endpoint: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    requestHeaders: text({ mode: "json" }).$type<Record<string, string>>().notNull(),
    requestBody: text().notNull(),
    status: integer().notNull(),
    resultCode: text().notNull(),
    responseHeaders: text({ mode: "json" }).$type<Record<string, string>>().notNull(),
    responseBody: text().notNull(),
    /** The signature check, with the debugger's findings when it failed. */
    signature: text({ mode: "json" }),
    /** The workspace of the client the call named. */
    workspaceId: text().notNull().default("local"),
    /** The fault rule that shaped the answer: `{id, effect}` (its public id and what it did). */
    fault: text({ mode: "json" }),
    createdAt: integer().notNull(),
  },
  (table) => [
    uniqueIndex("api_calls_public_id_idx").on(table.publicId),
    index("api_calls_catalog_created_idx").on(table.catalogId, table.createdAt),
    index("api_calls_workspace_created_idx").on(table.workspaceId, table.createdAt),
  ],
);

/**
 * The Activity list: one row per simulation run and per wallet API call, written in the same
 * transaction as the run/call, with the columns the filters need. Ordered by real time
 * (`created_at`, then `id`); every filter has an index `(column, created_at, id)` so a filtered
 * page walks one index in list order (SQLite scans it backwards for newest-first).
 */
export const activity = sqliteTable(
  "activity",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: ["simulation", "api-call"] }).notNull(),
    /** run | redeem | refresh | user-info | revoke | other (an API call that named no known endpoint). */
    event: text({ enum: ["run", "redeem", "refresh", "user-info", "revoke", "other"] }).notNull(),
    /** The public id of the run (`sim_…`) or call (`call_…`). */
    ref: text().notNull(),
    simulationId: integer().references(() => simulations.id, { onDelete: "cascade" }),
    apiCallId: integer().references(() => apiCalls.id, { onDelete: "cascade" }),
    catalogId: integer().references(() => catalogs.id, { onDelete: "cascade" }),
    clientRowId: integer().references(() => merchantClients.id, { onDelete: "set null" }),
    /** A run's outcome (`approve`, `error:11`…) or a call's result code (`USED_AUTHCODE`). */
    outcome: text().notNull(),
    /** A fail callback, or a call that did not answer SUCCESS. */
    isError: integer({ mode: "boolean" }).notNull(),
    summary: text().notNull(),
    /** 8-character prefixes (never the secret) of the code and the main token involved, for display. */
    codePrefix: text(),
    tokenPrefix: text(),
    /** The code the run issued or the call presented; the grant the call created or touched. */
    authCodeId: integer().references(() => authCodes.id, { onDelete: "set null" }),
    grantId: integer().references(() => grants.id, { onDelete: "set null" }),
    /** The workspace whose Activity lists the row; first in every list index. */
    workspaceId: text().notNull().default("local"),
    /** Real time (ms), not the mock wallet's clock. */
    createdAt: integer().notNull(),
  },
  (table) => [
    uniqueIndex("activity_ref_idx").on(table.ref),
    index("activity_ws_created_idx").on(table.workspaceId, table.createdAt, table.id),
    index("activity_ws_kind_created_idx").on(table.workspaceId, table.kind, table.createdAt, table.id),
    index("activity_ws_event_created_idx").on(table.workspaceId, table.event, table.createdAt, table.id),
    index("activity_ws_catalog_created_idx").on(table.workspaceId, table.catalogId, table.createdAt, table.id),
    index("activity_ws_client_created_idx").on(table.workspaceId, table.clientRowId, table.createdAt, table.id),
    index("activity_ws_outcome_created_idx").on(table.workspaceId, table.outcome, table.createdAt, table.id),
    index("activity_ws_error_created_idx").on(table.workspaceId, table.isError, table.createdAt, table.id),
    index("activity_simulation_idx").on(table.simulationId),
    index("activity_api_call_idx").on(table.apiCallId),
    index("activity_auth_code_idx").on(table.authCodeId),
    index("activity_grant_idx").on(table.grantId),
  ],
);

/** Scopes an activity row involved (a run's requested scopes, a call's code/grant scopes), for the scope filter. */
export const activityScopes = sqliteTable(
  "activity_scopes",
  {
    activityId: integer()
      .notNull()
      .references(() => activity.id, { onDelete: "cascade" }),
    scope: text().notNull(),
    /** Copies of the activity row's workspace and created_at, so the scope filter walks this index in list order. */
    workspaceId: text().notNull().default("local"),
    createdAt: integer().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.activityId, table.scope] }),
    index("activity_scopes_ws_scope_created_idx").on(table.workspaceId, table.scope, table.createdAt, table.activityId),
  ],
);

/**
 * Codes and tokens an activity row issued or presented: for prefix search and for the histories
 * of a code or token. `targetId` is null when a presented value matched nothing stored.
 */
export const activityLinks = sqliteTable(
  "activity_links",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    activityId: integer()
      .notNull()
      .references(() => activity.id, { onDelete: "cascade" }),
    target: text({ enum: ["code", "access-token", "refresh-token"] }).notNull(),
    targetId: integer(),
    role: text({ enum: ["issued", "presented"] }).notNull(),
    /** First 8 characters of the code/token (never the secret itself). */
    prefix: text().notNull(),
    createdAt: integer().notNull(),
  },
  (table) => [
    index("activity_links_activity_idx").on(table.activityId),
    index("activity_links_prefix_idx").on(table.prefix),
    index("activity_links_target_idx").on(table.target, table.targetId),
  ],
);

/** The mock wallet failing on purpose (server/domain/wallet-api/faults.ts): per client or for a whole workspace. */
export const faultRules = sqliteTable(
  "fault_rules",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    publicId: text().notNull(),
    workspaceId: text().notNull(),
    /** Null: every client of the workspace. */
    clientRowId: integer().references(() => merchantClients.id, { onDelete: "cascade" }),
    endpoint: text().notNull(),
    effect: text({ mode: "json" }).notNull(),
    /** Calls it still applies to (null: no count). */
    timesLeft: integer(),
    /** Real time (ms) it stops applying (null: no end). */
    until: integer(),
    percent: real(),
    paused: integer({ mode: "boolean" }).notNull().default(false),
    /** Calls it has applied to. */
    applied: integer().notNull().default(0),
    createdAt: integer().notNull(),
  },
  (table) => [uniqueIndex("fault_rules_public_id_idx").on(table.publicId), index("fault_rules_workspace_idx").on(table.workspaceId, table.id)],
);

/*
 * Accounts, sessions, workspaces and API keys: the tables better-auth (with its organization and
 * API-key plugins) reads and writes through its drizzle adapter. Field names are the library's; a
 * better-auth "organization" is a studio workspace. Times are milliseconds like every other table.
 */

export const user = sqliteTable("user", {
  id: text().primaryKey(),
  name: text().notNull(),
  email: text().notNull().unique(),
  emailVerified: integer({ mode: "boolean" }).notNull().default(false),
  image: text(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
});

export const session = sqliteTable(
  "session",
  {
    id: text().primaryKey(),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    token: text().notNull().unique(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The workspace the person is working in (chosen with the shell's workspace switcher). */
    activeOrganizationId: text(),
  },
  (table) => [index("session_user_idx").on(table.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: integer({ mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer({ mode: "timestamp_ms" }),
    scope: text(),
    /** The library's password hash (scrypt); never a password. */
    password: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("account_user_idx").on(table.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text().primaryKey(),
    identifier: text().notNull(),
    value: text().notNull(),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("verification_identifier_idx").on(table.identifier)],
);

/** A workspace. `local` is the one implicit workspace of local mode (and the first of team mode). */
export const organization = sqliteTable("organization", {
  id: text().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  logo: text(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  metadata: text(),
});

export const member = sqliteTable(
  "member",
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text().notNull().default("viewer"),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("member_organization_idx").on(table.organizationId), uniqueIndex("member_user_organization_idx").on(table.userId, table.organizationId)],
);

export const invitation = sqliteTable(
  "invitation",
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: text(),
    status: text().notNull().default("pending"),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    inviterId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (table) => [index("invitation_organization_idx").on(table.organizationId), index("invitation_email_idx").on(table.email)],
);

/** CI keys of a workspace (`referenceId`); only the library's hash of the key is stored. */
export const apikey = sqliteTable(
  "apikey",
  {
    id: text().primaryKey(),
    configId: text().notNull().default("default"),
    name: text(),
    start: text(),
    referenceId: text().notNull(),
    prefix: text(),
    key: text().notNull(),
    refillInterval: integer(),
    refillAmount: integer(),
    lastRefillAt: integer({ mode: "timestamp_ms" }),
    enabled: integer({ mode: "boolean" }).default(true),
    rateLimitEnabled: integer({ mode: "boolean" }).default(true),
    rateLimitTimeWindow: integer(),
    rateLimitMax: integer(),
    requestCount: integer().default(0),
    remaining: integer(),
    lastRequest: integer({ mode: "timestamp_ms" }),
    expiresAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
    permissions: text(),
    /** `{"role": "developer"}`: what the key may do in its workspace. */
    metadata: text(),
  },
  (table) => [index("apikey_key_idx").on(table.key), index("apikey_reference_idx").on(table.referenceId), index("apikey_config_idx").on(table.configId)],
);

/** Sign-in attempt counters of better-auth's rate limiter, shared by every server process. */
export const rateLimit = sqliteTable("rate_limit", {
  id: text().primaryKey(),
  key: text().notNull().unique(),
  count: integer().notNull(),
  lastRequest: integer().notNull(),
});
