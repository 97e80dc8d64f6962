/**
 * `load` run at most once (a module's `import()`, say): every call shares the first call's promise.
 * A failed load is forgotten, so the next call tries again (a chunk fetch that failed on a flaky
 * network, for instance).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const started = load();
      started.catch(() => {
        if (loading === started) loading = null;
      });
      loading = started;
    }
    return loading;
  };
}
