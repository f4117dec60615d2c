import { randomBytes } from 'node:crypto';
import { connect } from '@offerdesk/db';

export type ThrowawayDatabase = { url: string; name: string; drop(): Promise<void> };

/** `CREATE DATABASE` beside `adminUrl`'s; its URL, and how to drop it (forcing connections off). */
export async function throwawayPostgres(
  adminUrl: string,
  prefix = 'offerdesk_run',
): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = await connect({ databaseUrl: adminUrl, poolSize: 1 });
  try {
    await admin.executeSql(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const again = await connect({ databaseUrl: adminUrl, poolSize: 1 });
      try {
        await again.executeSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.close();
      }
    },
  };
}
