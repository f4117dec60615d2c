// Accounts, one user each, complete seller registrations for the ISV and the resellers, and a
// session per user inserted directly (SPEC §12 stores the SHA-256 of the cookie token and the
// CSRF token issued with it), instead of 100,000 argon2 sign-ins.
import type { Sql } from './bulk-load';
import {
  buyerAccountSql,
  ISV_ACCOUNT,
  resellerAccountSql,
  SEED_SIZES,
  sessionCsrfSql,
  sessionTokenSql,
} from './ids';

export async function seedAccounts(sql: Sql, nonce: string): Promise<void> {
  await sql(`INSERT INTO accounts (id, name) VALUES ($1, 'Bench ISV')`, [ISV_ACCOUNT]);
  await sql(
    `INSERT INTO accounts (id, name)
     SELECT ${resellerAccountSql('r')}, 'Bench reseller ' || r FROM generate_series(0, $1::int) AS r`,
    [SEED_SIZES.smallResellers],
  );
  await sql(
    `INSERT INTO accounts (id, name)
     SELECT ${buyerAccountSql('b')}, 'Bench buyer ' || b FROM generate_series(0, $1::int - 1) AS b`,
    [SEED_SIZES.buyers],
  );
  await sql(
    `INSERT INTO users (account_id, email, password_hash)
     SELECT id, 'user-' || id || '@bench.example', 'not-a-hash' FROM accounts`,
  );
  await sql(
    `INSERT INTO sessions (id, user_id, account_id, csrf_token)
     SELECT encode(sha256(convert_to(${sessionTokenSql}, 'UTF8')), 'hex'), u.id, u.account_id,
       ${sessionCsrfSql}
     FROM users u`,
    [nonce],
  );
  await seedRegistrations(sql);
}

/** The ISV and every reseller can extend offers: profile, tax and banking filled in. */
async function seedRegistrations(sql: Sql): Promise<void> {
  const sellers = `SELECT id, name, CASE WHEN id = '${ISV_ACCOUNT}' THEN 'ISV' ELSE 'CHANNEL_PARTNER' END AS kind
    FROM accounts WHERE id = '${ISV_ACCOUNT}' OR id LIKE '2%'`;
  await sql(
    `INSERT INTO seller_profiles (account_id, seller_type, public_name, description)
     SELECT id, kind, name, 'Benchmark seller' FROM (${sellers}) s`,
  );
  await sql(
    `INSERT INTO seller_tax (account_id, country, tax_id)
     SELECT id, 'US', '12-3456789' FROM (${sellers}) s`,
  );
  await sql(
    `INSERT INTO seller_banking (account_id, account_holder, routing_number, account_number)
     SELECT id, name, '011000015', '000123456789' FROM (${sellers}) s`,
  );
}
