/** Request bounds of the studio's HTTP surface (the mock wallet API keeps its own 64 KB, `MAX_BODY_BYTES`). */

/** Largest body of a tRPC call or a REST request (a catalog import). */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Largest catalog file accepted for import (every REST body's limit). The largest built-in exports at well under 100 KB. */
export const MAX_IMPORT_BYTES = MAX_REQUEST_BYTES;

/** Most calls one tRPC batch may carry; the browser's batch link sends at most this many. */
export const MAX_TRPC_BATCH = 20;
