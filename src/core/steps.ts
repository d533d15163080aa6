/**
 * Work written once as a generator of steps (yielding where it may be paused) and run either way: at once (the
 * CLI, a test) or with the host's thread given back between steps (the editor).
 */

import type { Pause } from './time-slices';

/** Runs `steps` to its end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to its end, calling `pause` between its steps. */
export async function runStepsPausing<T>(steps: Generator<void, T>, pause: Pause): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
