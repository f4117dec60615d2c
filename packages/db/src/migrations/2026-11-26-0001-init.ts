// The initial schema. Constraints are the last line of defence: money is int8 cents ≥ 0,
// margins are never negative, statuses are closed sets, one agreement per offer and buyer.
import { type Kysely, sql } from 'kysely';

// One statement per query: PGlite's extended protocol refuses several in one.
async function run(db: Kysely<any>, script: string): Promise<void> {
  for (const statement of script.split(/;\s*$/m)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await run(
    db,
    `
    CREATE TABLE accounts (
      id text PRIMARY KEY CHECK (id ~ '^[0-9]{12}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      disbursement_kind text NOT NULL DEFAULT 'monthly' CHECK (disbursement_kind IN ('daily', 'monthly')),
      disbursement_day int NOT NULL DEFAULT 1 CHECK (disbursement_day BETWEEN 1 AND 28),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id text NOT NULL REFERENCES accounts (id),
      email text NOT NULL UNIQUE CHECK (email = lower(email)),
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX users_account ON users (account_id);

    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      account_id text NOT NULL REFERENCES accounts (id),
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sessions_user ON sessions (user_id);

    CREATE TABLE login_failures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      failed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX login_failures_email ON login_failures (email, failed_at);
    CREATE INDEX login_failures_ip ON login_failures (ip, failed_at);

    CREATE TABLE seller_profiles (
      account_id text PRIMARY KEY REFERENCES accounts (id),
      seller_type text NOT NULL CHECK (seller_type IN ('ISV', 'CHANNEL_PARTNER')),
      public_name text NOT NULL CHECK (length(public_name) BETWEEN 1 AND 200),
      description text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE seller_tax (
      account_id text PRIMARY KEY REFERENCES accounts (id),
      country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      tax_id text NOT NULL CHECK (length(tax_id) BETWEEN 1 AND 50),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE seller_banking (
      account_id text PRIMARY KEY REFERENCES accounts (id),
      account_holder text NOT NULL,
      routing_number text NOT NULL,
      account_number text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE documents (
      sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'text/plain')),
      size_bytes int NOT NULL CHECK (size_bytes > 0),
      bytes bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE products (
      id uuid PRIMARY KEY,
      seller_account_id text NOT NULL REFERENCES accounts (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text NOT NULL,
      eula_sha256 text REFERENCES documents (sha256),
      eula_file_name text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX products_seller ON products (seller_account_id, created_at, id);

    CREATE TABLE product_dimensions (
      product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
      key text NOT NULL,
      position int NOT NULL,
      display_name text NOT NULL,
      description text NOT NULL,
      list_unit_cents bigint NOT NULL CHECK (list_unit_cents BETWEEN 0 AND 1000000000),
      PRIMARY KEY (product_id, key),
      UNIQUE (product_id, position)
    );

    CREATE TABLE resale_authorizations (
      id text PRIMARY KEY CHECK (id ~ '^resaleauthz-[a-z0-9]{13}$'),
      isv_account_id text NOT NULL REFERENCES accounts (id),
      reseller_account_id text NOT NULL REFERENCES accounts (id),
      product_id uuid NOT NULL REFERENCES products (id),
      product_name text NOT NULL,
      eula_sha256 text NOT NULL REFERENCES documents (sha256),
      eula_file_name text NOT NULL,
      pricing_kind text NOT NULL CHECK (pricing_kind IN ('discount', 'custom', 'schedule')),
      discount_ppm int CHECK (discount_ppm BETWEEN 0 AND 1000000),
      availability text NOT NULL CHECK (availability IN ('single_use', 'until_date', 'until_deactivated')),
      ends_on date,
      contract_kind text NOT NULL CHECK (contract_kind IN ('none', 'standard', 'custom')),
      contract_sha256 text REFERENCES documents (sha256),
      contract_file_name text,
      buyer_account_ids text[] NOT NULL DEFAULT '{}' CHECK (cardinality(buyer_account_ids) <= 25),
      used_by_offer_id text,
      deactivated_at timestamptz,
      created_by_user_id uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((pricing_kind = 'discount') = (discount_ppm IS NOT NULL)),
      CHECK ((contract_kind = 'custom') = (contract_sha256 IS NOT NULL)),
      CHECK (availability <> 'until_date' OR ends_on IS NOT NULL),
      CHECK (pricing_kind <> 'schedule' OR (availability = 'single_use' AND ends_on IS NOT NULL)),
      CHECK (isv_account_id <> reseller_account_id)
    );
    CREATE INDEX authorizations_reseller ON resale_authorizations (reseller_account_id, created_at, id);
    CREATE INDEX authorizations_isv ON resale_authorizations (isv_account_id, created_at, id);

    CREATE TABLE authorization_dimensions (
      authorization_id text NOT NULL REFERENCES resale_authorizations (id) ON DELETE CASCADE,
      key text NOT NULL,
      position int NOT NULL,
      display_name text NOT NULL,
      description text NOT NULL,
      list_unit_cents bigint NOT NULL CHECK (list_unit_cents BETWEEN 0 AND 1000000000),
      wholesale_unit_cents bigint CHECK (wholesale_unit_cents BETWEEN 0 AND 1000000000),
      fixed_quantity int CHECK (fixed_quantity BETWEEN 1 AND 1000000),
      PRIMARY KEY (authorization_id, key),
      UNIQUE (authorization_id, position)
    );

    CREATE TABLE authorization_installments (
      authorization_id text NOT NULL REFERENCES resale_authorizations (id) ON DELETE CASCADE,
      position int NOT NULL CHECK (position BETWEEN 0 AND 59),
      invoice_date date NOT NULL,
      isv_cents bigint NOT NULL CHECK (isv_cents >= 0),
      PRIMARY KEY (authorization_id, position),
      UNIQUE (authorization_id, invoice_date)
    );

    CREATE TABLE contract_acceptances (
      authorization_id text NOT NULL REFERENCES resale_authorizations (id),
      reseller_account_id text NOT NULL REFERENCES accounts (id),
      user_id uuid NOT NULL REFERENCES users (id),
      accepted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authorization_id, reseller_account_id)
    );

    CREATE TABLE offers (
      id text PRIMARY KEY CHECK (id ~ '^offer-[a-z0-9]{13}$'),
      reseller_account_id text NOT NULL REFERENCES accounts (id),
      isv_account_id text NOT NULL REFERENCES accounts (id),
      authorization_id text NOT NULL REFERENCES resale_authorizations (id),
      product_id uuid NOT NULL REFERENCES products (id),
      name text CHECK (length(name) BETWEEN 1 AND 150),
      status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'CANCELLED')),
      pricing_mode text CHECK (pricing_mode IN ('MARKUP', 'FIXED_PRICE')),
      markup_ppm int CHECK (markup_ppm BETWEEN 0 AND 10000000),
      expiration_date date,
      combined_pdf_sha256 text REFERENCES documents (sha256),
      failure_reason text,
      isv_total_cents bigint CHECK (isv_total_cents >= 0),
      buyer_total_cents bigint CHECK (buyer_total_cents >= 0),
      reseller_total_cents bigint CHECK (reseller_total_cents >= 0),
      created_by_user_id uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      extended_at timestamptz,
      published_at timestamptz,
      cancelled_at timestamptz,
      CHECK (buyer_total_cents = isv_total_cents + reseller_total_cents),
      CHECK (status <> 'PUBLISHED' OR (combined_pdf_sha256 IS NOT NULL AND published_at IS NOT NULL
        AND expiration_date IS NOT NULL AND name IS NOT NULL AND pricing_mode IS NOT NULL))
    );
    CREATE INDEX offers_reseller_created ON offers (reseller_account_id, created_at DESC, id DESC);
    CREATE INDEX offers_reseller_status_created ON offers (reseller_account_id, status, created_at DESC, id DESC);
    CREATE INDEX offers_isv_created ON offers (isv_account_id, created_at DESC, id DESC);
    CREATE INDEX offers_authorization ON offers (authorization_id);

    CREATE TABLE offer_buyers (
      offer_id text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
      buyer_account_id text NOT NULL CHECK (buyer_account_id ~ '^[0-9]{12}$'),
      position int NOT NULL CHECK (position BETWEEN 0 AND 24),
      PRIMARY KEY (offer_id, buyer_account_id),
      UNIQUE (offer_id, position)
    );
    CREATE INDEX offer_buyers_buyer ON offer_buyers (buyer_account_id, offer_id);

    CREATE TABLE offer_dimensions (
      offer_id text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
      key text NOT NULL,
      position int NOT NULL,
      quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
      PRIMARY KEY (offer_id, key)
    );

    CREATE TABLE offer_installments (
      offer_id text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
      position int NOT NULL CHECK (position BETWEEN 0 AND 59),
      buyer_cents bigint NOT NULL CHECK (buyer_cents >= 0),
      PRIMARY KEY (offer_id, position)
    );

    CREATE TABLE offer_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      offer_id text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
      position int NOT NULL CHECK (position BETWEEN 0 AND 4),
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
      document_sha256 text NOT NULL REFERENCES documents (sha256),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (offer_id, position) DEFERRABLE INITIALLY IMMEDIATE
    );

    CREATE TABLE offer_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      offer_id text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
      kind text NOT NULL,
      actor_user_id uuid REFERENCES users (id),
      actor_account_id text REFERENCES accounts (id),
      detail jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX offer_events_offer ON offer_events (offer_id, at, id);

    CREATE TABLE agreements (
      id text PRIMARY KEY CHECK (id ~ '^agmt-[a-z0-9]{13}$'),
      offer_id text NOT NULL REFERENCES offers (id),
      buyer_account_id text NOT NULL REFERENCES accounts (id),
      reseller_account_id text NOT NULL REFERENCES accounts (id),
      isv_account_id text NOT NULL REFERENCES accounts (id),
      product_id uuid NOT NULL REFERENCES products (id),
      offer_name text NOT NULL,
      accepted_by_user_id uuid NOT NULL REFERENCES users (id),
      accepted_at timestamptz NOT NULL,
      eula_sha256 text NOT NULL CHECK (eula_sha256 ~ '^[0-9a-f]{64}$'),
      terms jsonb NOT NULL,
      isv_total_cents bigint NOT NULL CHECK (isv_total_cents >= 0),
      buyer_total_cents bigint NOT NULL CHECK (buyer_total_cents >= 0),
      reseller_total_cents bigint NOT NULL CHECK (reseller_total_cents >= 0),
      CHECK (buyer_total_cents = isv_total_cents + reseller_total_cents),
      CONSTRAINT agreements_one_per_offer_and_buyer UNIQUE (offer_id, buyer_account_id)
    );
    CREATE INDEX agreements_reseller ON agreements (reseller_account_id, accepted_at DESC, id DESC);
    CREATE INDEX agreements_isv ON agreements (isv_account_id, accepted_at DESC, id DESC);
    CREATE INDEX agreements_buyer ON agreements (buyer_account_id, accepted_at DESC, id DESC);

    CREATE TABLE invoices (
      id text PRIMARY KEY CHECK (id ~ '^inv-[a-z0-9]{13}$'),
      agreement_id text NOT NULL REFERENCES agreements (id),
      position int NOT NULL CHECK (position BETWEEN 0 AND 59),
      buyer_account_id text NOT NULL REFERENCES accounts (id),
      reseller_account_id text NOT NULL REFERENCES accounts (id),
      isv_account_id text NOT NULL REFERENCES accounts (id),
      invoice_date date NOT NULL,
      buyer_cents bigint NOT NULL CHECK (buyer_cents >= 0),
      isv_cents bigint NOT NULL CHECK (isv_cents >= 0),
      reseller_cents bigint NOT NULL CHECK (reseller_cents >= 0),
      status text NOT NULL CHECK (status IN ('SCHEDULED', 'DUE', 'PAID')),
      issued_at timestamptz,
      paid_at timestamptz,
      paid_by_user_id uuid REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (buyer_cents = isv_cents + reseller_cents),
      CHECK (status = 'SCHEDULED' OR issued_at IS NOT NULL),
      CHECK ((status = 'PAID') = (paid_at IS NOT NULL)),
      UNIQUE (agreement_id, position)
    );
    CREATE INDEX invoices_buyer ON invoices (buyer_account_id, invoice_date DESC, id DESC);
    CREATE INDEX invoices_reseller ON invoices (reseller_account_id, invoice_date DESC, id DESC);
    CREATE INDEX invoices_isv ON invoices (isv_account_id, invoice_date DESC, id DESC);
    CREATE INDEX invoices_scheduled ON invoices (invoice_date) WHERE status = 'SCHEDULED';

    CREATE TABLE disbursements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      invoice_id text NOT NULL REFERENCES invoices (id),
      seller_account_id text NOT NULL REFERENCES accounts (id),
      role text NOT NULL CHECK (role IN ('ISV', 'RESELLER')),
      gross_cents bigint NOT NULL CHECK (gross_cents >= 0),
      fee_cents bigint NOT NULL CHECK (fee_cents >= 0),
      amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
      scheduled_on date NOT NULL,
      paid_out_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (amount_cents = gross_cents - fee_cents),
      CHECK (role = 'ISV' OR fee_cents = 0),
      UNIQUE (invoice_id, role)
    );
    CREATE INDEX disbursements_seller ON disbursements (seller_account_id, scheduled_on, id);

    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dedupe_key text NOT NULL UNIQUE,
      message_id text NOT NULL UNIQUE,
      event text NOT NULL,
      offer_id text REFERENCES offers (id) ON DELETE CASCADE,
      recipient_account_id text NOT NULL REFERENCES accounts (id),
      audience text NOT NULL CHECK (audience IN ('BUYER', 'RESELLER', 'ISV')),
      subject text NOT NULL,
      body_text text NOT NULL,
      email_to text[] NOT NULL DEFAULT '{}',
      email_status text NOT NULL DEFAULT 'PENDING' CHECK (email_status IN ('PENDING', 'SENT', 'SKIPPED')),
      email_attempts int NOT NULL DEFAULT 0,
      email_last_error text,
      emailed_at timestamptz,
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX notifications_recipient ON notifications (recipient_account_id, created_at DESC, id DESC);
  `,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await run(
    db,
    `
    DROP TABLE notifications, disbursements, invoices, agreements, offer_events, offer_documents,
      offer_installments, offer_dimensions, offer_buyers, offers, contract_acceptances,
      authorization_installments, authorization_dimensions, resale_authorizations,
      product_dimensions, products, documents, seller_banking, seller_tax, seller_profiles,
      login_failures, sessions, users, accounts;
  `,
  );
}
