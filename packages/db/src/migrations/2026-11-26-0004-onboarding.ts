// Onboarding (issue 10): invitations to join an account and password resets, each a mailed
// single-use link whose token is stored only as its SHA-256; users removed from an account
// (kept, as offers and events name them, but no longer able to sign in or hold their email);
// throttling of sign-ups and reset requests beside sign-in failures; account mail (reset
// links, invitations) sent through the notifications outbox under its own audience.
import { type Kysely, sql } from 'kysely';

// One statement per query: PGlite's extended protocol refuses several in one.
const UP = [
  `ALTER TABLE users ADD COLUMN removed_at timestamptz`,
  `ALTER TABLE users DROP CONSTRAINT users_email_key`,
  `CREATE UNIQUE INDEX users_email_active ON users (email) WHERE removed_at IS NULL`,
  `CREATE TABLE invitations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id text NOT NULL REFERENCES accounts (id),
    email text NOT NULL CHECK (email = lower(email)),
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by_user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    CHECK (expires_at > created_at)
  )`,
  `CREATE INDEX invitations_account ON invitations (account_id, created_at)`,
  `CREATE TABLE password_resets (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users (id),
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    CHECK (expires_at > created_at)
  )`,
  `CREATE INDEX password_resets_user ON password_resets (user_id)`,
  `ALTER TABLE login_failures ADD COLUMN kind text NOT NULL DEFAULT 'sign-in'
    CHECK (kind IN ('sign-in', 'sign-up', 'password-reset'))`,
  `ALTER TABLE notifications DROP CONSTRAINT notifications_audience_check`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_audience_check
    CHECK (audience IN ('BUYER', 'RESELLER', 'ISV', 'ACCOUNT'))`,
];

const DOWN = [
  `DELETE FROM notifications WHERE audience = 'ACCOUNT'`,
  `ALTER TABLE notifications DROP CONSTRAINT notifications_audience_check`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_audience_check
    CHECK (audience IN ('BUYER', 'RESELLER', 'ISV'))`,
  `ALTER TABLE login_failures DROP COLUMN kind`,
  `DROP TABLE password_resets, invitations`,
  `DROP INDEX users_email_active`,
  `ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)`,
  `ALTER TABLE users DROP COLUMN removed_at`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
