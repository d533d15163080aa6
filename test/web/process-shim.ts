// Injected (esbuild `inject`) into the web test bundle only: the web worker extension host has no `process`,
// and npm `assert` (through npm `util`) reads a few fields of it.
export const process = {
  env: {} as Record<string, string | undefined>,
  argv: [] as string[],
  version: '',
  versions: {} as Record<string, string>,
  platform: 'browser',
  browser: true,
  cwd: (): string => '/',
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]): void => {
    void Promise.resolve().then(() => callback(...args));
  },
  emitWarning: (): void => undefined,
};
