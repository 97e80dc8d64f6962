// Runs once when the server starts: open the database, apply migrations, seed built-ins.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDb } = await import("./server/database");
    getDb();
  }
}
