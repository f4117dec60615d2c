// The world the server entries (offersList, publish, accept) run against, seeded on a fresh
// migrated database with set-based SQL: one ISV, one reseller with 100,000 offers, 100 more
// with 1,000 each, 100,000 buyer accounts, 10,000 agreements, and a session per user. Then
// VACUUM ANALYZE, as autovacuum would have done on a database that grew to this size.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type DbHandle, migrateToLatest } from '@offerdesk/db';
import { seedAccounts } from './accounts';
import { seedAgreements } from './agreements';
import { bulkLoad } from './bulk-load';
import { type Catalog, seedCatalog } from './catalog';
import {
  authorizationId,
  buyerAccount,
  offerId,
  resellerAccount,
  SEED_SIZES,
  type SeededSession,
  sessionOf,
} from './ids';
import { seedOffers } from './offers';

export type World = {
  /** What the seed's IDs and tokens derive from (ids.ts). */
  nonce: string;
  catalog: Catalog;
  /** The reseller with 100,000 offers. */
  bigReseller: SeededSession;
  /** A small reseller that extends the publish entry's offers from its authorization. */
  publisher: SeededSession & { authorizationId: string };
  buyer(b: number): SeededSession;
  /** Small-reseller offer i (0 … acceptTargets − 1), published to its own buyer account. */
  acceptTarget(i: number): { offerId: string; buyer: SeededSession };
  acceptTargets: number;
  seedMs: number;
};

export async function seedWorld(handle: DbHandle): Promise<World> {
  const started = performance.now();
  const nonce = randomBytes(6).toString('hex');
  await migrateToLatest(handle.db);
  const catalog = await bulkLoad(handle.db, async (sql, tx) => {
    await seedAccounts(sql, nonce);
    const made = await seedCatalog(sql, tx, nonce);
    await seedOffers(sql, nonce, made);
    await seedAgreements(sql, nonce);
    return made;
  });
  await handle.executeSql('VACUUM ANALYZE');
  return describeWorld(nonce, catalog, performance.now() - started);
}

/** The world seeded with `nonce`: who to sign in as, which offers to accept. */
export function describeWorld(nonce: string, catalog: Catalog, seedMs: number): World {
  const buyer = (b: number) => sessionOf(nonce, buyerAccount(b));
  return {
    nonce,
    catalog,
    bigReseller: sessionOf(nonce, resellerAccount(0)),
    publisher: {
      ...sessionOf(nonce, resellerAccount(1)),
      authorizationId: authorizationId(nonce, 1),
    },
    buyer,
    acceptTarget: (i) => ({
      offerId: offerId(nonce, SEED_SIZES.bigResellerOffers + i),
      buyer: buyer(i),
    }),
    acceptTargets: SEED_SIZES.smallResellers * SEED_SIZES.offersPerSmallReseller,
    seedMs,
  };
}
