// Test-only crash points on the publish path, for `pnpm test:reliability` (publish-crash): with
// FAULT_POINT=<name> (apps/server's env.ts refuses it in production) the process stops dead
// when it reaches that point, so the check can see the point was reached, look at the
// database as a crash there would leave it, and SIGKILL the process.
//
// Why freeze instead of exiting: a self-inflicted exit would run no later code either, but
// the check could not tell "reached the point, then died" from "died somewhere near it", nor
// look at the rows at that instant. Freezing the whole event loop (Atomics.wait) rather than
// awaiting a promise that never settles matters too: an awaited pause would let the rest of
// the process go on (another job, the mail sent right after the publish commit), which is
// not what a crash at that point does.
import { writeSync } from 'node:fs';

export const FAULT_POINTS = [
  /** The job has the offer, nothing is composed yet. */
  'publish:before-compose',
  /** The EULA's pages are composed; the first additional document is about to be read. */
  'publish:mid-compose',
  /** The combined PDF is stored; the offer is still PUBLISHING. */
  'publish:after-store',
  /** PUBLISHED is committed with its notifications queued; nothing is mailed yet. */
  'publish:after-commit',
] as const;

export type FaultPoint = (typeof FAULT_POINTS)[number];

let armed: FaultPoint | null = null;

/** Called once by createApi with the server's configuration (null: no fault point). */
export function armFaultPoint(point: FaultPoint | null): void {
  armed = point;
}

/** The marker the check waits for, written to stderr before the process freezes. */
export function faultPointMarker(point: FaultPoint, detail: string): string {
  return `FAULT_POINT reached ${point} ${detail}`;
}

/** Does nothing unless `point` is the armed one; then never returns. */
export function reachFaultPoint(point: FaultPoint, detail: string): void {
  if (armed !== point) return;
  // Synchronous: the line is in the pipe before the process stops.
  writeSync(2, `${faultPointMarker(point, detail)}\n`);
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
