// Step 3 of the guide: the reseller accepts the authorization's reseller contract (the ISV's
// custom PDF, or the Offerdesk Standard Reseller Contract). Recorded once per authorization
// and reseller account, with the user and time; accepting again returns the first record.
import type { ContractAcceptanceTable, Database, Kysely } from '@offerdesk/db';
import { type Selectable, sql } from 'kysely';
import type { Clock } from '../clock';
import { isoInstant } from '../db-time';
import { AppError } from '../errors';

type Acceptance = Selectable<ContractAcceptanceTable>;

export type ContractAcceptance = {
  authorizationId: string;
  acceptedAt: string;
  acceptedByUserId: string;
};

export async function acceptContract(
  db: Kysely<Database>,
  reseller: { accountId: string; userId: string },
  authorizationId: string,
  clock: Clock,
): Promise<ContractAcceptance> {
  const authorization = await db
    .selectFrom('resale_authorizations')
    .select(['id', 'contract_kind'])
    .where('id', '=', authorizationId)
    .where('reseller_account_id', '=', reseller.accountId)
    .executeTakeFirst();
  if (!authorization) throw AppError.notFound('This opportunity');
  if (authorization.contract_kind === 'none') {
    throw AppError.field(
      ['authorizationId'],
      'This opportunity has no reseller contract to accept',
    );
  }
  await db
    .insertInto('contract_acceptances')
    .values({
      authorization_id: authorization.id,
      reseller_account_id: reseller.accountId,
      user_id: reseller.userId,
      accepted_at: sql<Acceptance['accepted_at']>`${clock.sqlNow()}`,
    })
    .onConflict((oc) => oc.columns(['authorization_id', 'reseller_account_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('contract_acceptances')
    .select(['accepted_at', 'user_id'])
    .where('authorization_id', '=', authorization.id)
    .where('reseller_account_id', '=', reseller.accountId)
    .executeTakeFirstOrThrow();
  return {
    authorizationId: authorization.id,
    acceptedAt: isoInstant(row.accepted_at),
    acceptedByUserId: row.user_id,
  };
}
