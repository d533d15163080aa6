// Polling instead of fixed sleeps: the workbench does things asynchronously (activation, indexing,
// diagnostics), and a fixed sleep is either too slow or flaky.

/**
 * Calls `probe` until it returns something other than undefined (or a promise of it), and returns that.
 * Rejects after `timeoutMs` with an error naming `what` and the last error the probe threw, if any.
 */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 10000,
  intervalMs = 50,
): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      const cause = lastError === undefined ? '' : ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})`;
      throw new Error(`Timed out after ${elapsed} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, timeoutMs - elapsed)));
  }
}
