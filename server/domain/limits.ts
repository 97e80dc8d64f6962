/** Request bounds of the studio's HTTP surface (the mock wallet API keeps its own 64 KB, `MAX_BODY_BYTES`). */

/** Largest body of a tRPC call or a REST request (a catalog import). */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Most calls one tRPC batch may carry; the browser's batch link sends at most this many. */
export const MAX_TRPC_BATCH = 20;
