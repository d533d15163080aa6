/**
 * The pause hook an editor host hands to long work (the Corpus, the speaker index): the thread is given back
 * once a slice of work has run `sliceMs`, and the slices are shared by every caller.
 *
 * Why shared: work started together calls the hook from many continuations at once (a batch of reads resolving
 * together, each then parsed). When each caller that found the slice used up waited for a turn of its own, all
 * those turns came due together and ran back to back in one task of the host: at ~100 MB of sources, sixteen
 * parses of 1 to 2 ms each past the slice, tasks of 27 to 37 ms of our own work. Here they wait for the same
 * next turn, and after it go on one at a time, each only while the new slice lasts, checked when it goes on
 * (a check made when it was called would be stale by then: the others called at the same time).
 */

/** How long the editor's thread is held by a slice of long work before it is given back. */
export const EDITOR_SLICE_MS = 12;

/** Called by long work between its slices: resolves when the work may go on (at once, or after the host's turn). */
export type Pause = () => Promise<void>;

export interface SliceClock {
  readonly sliceMs: number;
  now(): number;
  /** Resolves on a later turn of the host's event loop (a timer, an immediate), once the host ran its own work. */
  nextTurn(): Promise<void>;
}

export function slicedPause(clock: SliceClock): Pause {
  let sliceStart = clock.now();
  const waiting: Array<() => void> = [];
  let admitting = false;
  // Lets the callers go on one at a time, in the order they came; each is let go only once the one before it has
  // worked up to its next await (this runs in a microtask queued after that caller's continuation), so each sees
  // the slice as the others left it.
  const admit = (): void => {
    if (waiting.length === 0) {
      admitting = false;
    } else if (clock.now() - sliceStart >= clock.sliceMs) {
      void clock.nextTurn().then(() => {
        sliceStart = clock.now();
        admit();
      });
    } else {
      waiting.shift()!();
      void Promise.resolve().then(admit);
    }
  };
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (admitting) return;
    admitting = true;
    void Promise.resolve().then(admit); // not at once: the caller awaits first, so its continuation comes before
  });
}
