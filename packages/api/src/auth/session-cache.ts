// Signed-in sessions held in memory for a few seconds, so a page's requests do not each pay a
// database round trip to learn who is calling (Manage offers is otherwise two statements,
// one of them this). Correct across processes: the sessions table NOTIFYs every deleted
// session (sign-out, sign-in again, password reset, removal from the account: migration
// 0005), every process LISTENs and forgets it; this process also forgets it at once, before
// the notification comes back. While the LISTEN connection is down (a database restart)
// nothing is cached, since a notification could be missed. Idle expiry and last_seen_at
// are unchanged: an entry is fresh for FRESH_MS, far less than the minute last_seen_at moves
// by, so a session in use is read (and touched) from the table at least that often.
// After that, up to STALE_MS, a call is still answered from memory while one lookup reads
// the session again beside it: a user's first click after a pause does not wait for that
// lookup (an ended session is forgotten by its notification, not by age), and a lookup
// that finds no session, or fails, drops the entry.
import type { DbHandle, Listener } from '@offerdesk/db';
import type { SessionUser } from './sessions';

export const SESSION_ENDED_CHANNEL = 'offerdesk_session_ended';
const FRESH_MS = 5_000;
const STALE_MS = 60_000;
const MAX_ENTRIES = 10_000;

type Entry = { user: SessionUser; readAt: number };
/** How long an entry is fresh, and how long it may be answered while it is read again. */
export type SessionCacheLimits = { freshMs: number; staleMs: number };

export type SessionCache = {
  /** The session for this table ID, or `fetch`'s answer (cached when it is a session). */
  read(id: string, fetch: () => Promise<SessionUser | null>): Promise<SessionUser | null>;
  /** This process ended the session (or every session of the user): forget at once. */
  forget(ended: { sessionId: string } | { userId: string }): void;
  /** Whether sessions are kept at all: only while the LISTEN connection is up. */
  isListening(): boolean;
  stop(): Promise<void>;
};

export async function startSessionCache(
  handle: DbHandle,
  limits: SessionCacheLimits = { freshMs: FRESH_MS, staleMs: STALE_MS },
): Promise<SessionCache> {
  const entries = new Map<string, Entry>();
  let listening = false;
  /** Bumped by every forget: a read that began before one does not cache what it read. */
  let generation = 0;

  // Lookups under way, by session ID. A forget drops them too: a read that comes after a
  // sign-out must not join a lookup begun before it.
  const reading = new Map<string, Promise<SessionUser | null>>();

  const forgetId = (id: string) => {
    generation += 1;
    entries.delete(id);
    reading.delete(id);
  };
  const forgetAll = () => {
    generation += 1;
    entries.clear();
    reading.clear();
  };

  const fetchAndKeep = async (id: string, fetch: () => Promise<SessionUser | null>) => {
    const started = generation;
    let user: SessionUser | null;
    try {
      user = await fetch();
    } catch (error) {
      entries.delete(id);
      throw error;
    }
    if (!user) entries.delete(id);
    else if (listening && generation === started) {
      if (!entries.has(id) && entries.size >= MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(id, { user, readAt: performance.now() });
    }
    return user;
  };
  /** One lookup per session at a time. */
  const lookUp = (id: string, fetch: () => Promise<SessionUser | null>) => {
    const inFlight = reading.get(id);
    if (inFlight) return inFlight;
    const read = fetchAndKeep(id, fetch).finally(() => {
      if (reading.get(id) === read) reading.delete(id);
    });
    reading.set(id, read);
    return read;
  };

  const listener: Listener = await handle.listen(SESSION_ENDED_CHANNEL, {
    onMessage: forgetId,
    onLost: () => {
      listening = false;
      forgetAll();
    },
    onListening: () => {
      // What was ended while nobody listened is unknown: start again from the table.
      forgetAll();
      listening = true;
    },
  });

  return {
    read(id, fetch) {
      const entry = entries.get(id);
      if (entry) {
        const age = performance.now() - entry.readAt;
        if (age < limits.freshMs) return Promise.resolve(entry.user);
        if (age < limits.staleMs) {
          // A failed lookup has dropped the entry: the next call looks up again and gets the error.
          lookUp(id, fetch).catch(() => {});
          return Promise.resolve(entry.user);
        }
        entries.delete(id);
      }
      // A page's parallel calls (and a burst after the entry went stale) share one lookup.
      return lookUp(id, fetch);
    },
    forget(ended) {
      if ('sessionId' in ended) return forgetId(ended.sessionId);
      generation += 1;
      reading.clear(); // whose they are is not known until they answer
      for (const [id, entry] of entries) {
        if (entry.user.userId === ended.userId) entries.delete(id);
      }
    },
    isListening: () => listening,
    async stop() {
      listening = false;
      forgetAll();
      await listener.stop();
    },
  };
}
