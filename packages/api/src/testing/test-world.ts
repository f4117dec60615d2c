// Accounts and signed-in clients against any running server: the in-process one of
// startTestApi, or a real server process (the reliability suite). Accounts are written with the
// db factories into the server's database and signed in through the real auth.login.
import type { DbHandle } from '@offerdesk/db';
import { createAccount, type TestAccount } from '@offerdesk/db/testing';
import { hashPassword } from '../auth/passwords';
import { FAST_HASHING, makeClient, TEST_PASSWORD, type TestClient } from './test-client';

export type TestWorld = {
  handle: DbHandle;
  baseUrl: string;
  /** A client with no session (it still carries a CSRF cookie, like a browser that loaded the SPA). */
  anonymous(): TestClient;
  /** Signs in through auth.login and returns the client holding that session. */
  signIn(email: string, password?: string): Promise<TestClient>;
  /** A fresh account with one user whose password is TEST_PASSWORD, signed in. */
  newAccount(
    options?: Parameters<typeof createAccount>[1],
  ): Promise<TestAccount & { client: TestClient }>;
};

let passwordHash: Promise<string> | null = null;

export function testWorld(baseUrl: string, handle: DbHandle): TestWorld {
  const anonymous = () => makeClient(baseUrl);
  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const client = makeClient(baseUrl);
    await client.trpc.auth.me.query(); // as the SPA does on load: this sets the CSRF cookie
    await client.trpc.auth.login.mutate({ email, password });
    return client;
  };
  return {
    handle,
    baseUrl,
    anonymous,
    signIn,
    async newAccount(options = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD, FAST_HASHING);
      const account = await createAccount(handle.db, {
        ...options,
        passwordHash: await passwordHash,
      });
      return { ...account, client: await signIn(account.email) };
    },
  };
}
