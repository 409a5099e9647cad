// Long work in the pane, as the user sees it: how much of how much is done, shown as a progress
// bar with counts; between parts the browser gets the thread back to paint and take clicks, so the
// pane stays responsive; and the user can cancel until the first write begins. Once a write has
// begun it runs to its end (or is put back when it fails), so a cancel never leaves half a write.

/** What the work is doing: the step a progress bar names. */
export type WorkPhase = "planning" | "checking" | "writing" | "building" | "reading";

/** What a progress bar shows. `of` is 0 while the size is not known yet. */
export interface WorkProgress {
  phase: WorkPhase;
  done: number;
  of: number;
  /** Whether Cancel is offered: only until the first write begins. */
  cancellable: boolean;
}

/** The user cancelled before anything was written. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled before anything was written");
    this.name = "Cancelled";
  }
}

/** How long work keeps the thread before it lets the browser paint and take clicks, ms. */
export const SLICE_MS = 50;
/** Work of at least this many lines, rows or files shows its progress from its first step. */
export const SHOWN_FROM = 500;
/** Smaller work shows its progress only once it has taken this long, ms: quick work does not flash. */
export const SHOWN_AFTER_MS = 300;

/** What an operation tells while it works. */
export interface Work {
  /**
   * Says how far the work is. When it has had the thread for a while, or its progress is to be
   * shown for the first time, it waits until the browser has painted. Throws Cancelled when the
   * user has cancelled and no write has begun; the phase "writing" says one begins now.
   */
  step(phase: WorkPhase, done: number, of: number): Promise<void>;
}

/** Work that tells nothing and cannot be cancelled: for callers that show no progress. */
export const quietWork: Work = { step: async () => {} };

/**
 * Resolves once the browser has painted the next frame (requestAnimationFrame runs just before a
 * paint, a timer set from it just after), or after 100 ms where no frame comes. A hidden pane
 * paints nothing: it only lets other work in (a message to itself, which no timer throttling slows).
 */
export function nextPaint(): Promise<void> {
  if (typeof document !== "undefined" && document.hidden && typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      resolve();
    };
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

export interface WorkControl {
  work: Work;
  /** The user's Cancel: takes effect at the next step, unless a write has begun. */
  cancel(): void;
}

/**
 * Work whose progress goes to `show` (null: nothing to show). `now` and `pause` are the clock and
 * the wait for a paint, given by tests.
 */
export function startWork(
  show: (progress: WorkProgress | null) => void,
  { now = () => performance.now(), pause = nextPaint }: { now?: () => number; pause?: () => Promise<void> } = {},
): WorkControl {
  const began = now();
  let lastPause = began;
  let shown = false;
  let writing = false;
  let cancelled = false;
  let latest: WorkProgress | null = null;
  const check = () => {
    if (cancelled && !writing) throw new Cancelled();
  };
  return {
    cancel() {
      if (writing) return;
      cancelled = true;
      if (shown && latest !== null) show({ ...latest, cancellable: false });
    },
    work: {
      async step(phase, done, of) {
        check();
        // the write's first step takes Cancel off the screen before anything is changed
        const beginsWriting = phase === "writing" && !writing;
        if (phase === "writing") writing = true;
        latest = { phase, done, of, cancellable: !writing };
        const at = now();
        const first = !shown && (of >= SHOWN_FROM || at - began >= SHOWN_AFTER_MS);
        if (!first && !(beginsWriting && shown) && at - lastPause < SLICE_MS) return;
        if (first) shown = true;
        if (shown) show(latest);
        await pause();
        lastPause = now();
        check();
      },
    },
  };
}
