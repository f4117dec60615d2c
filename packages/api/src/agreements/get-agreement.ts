import type { Database, Kysely } from '@offerdesk/db';
import { AppError } from '../errors';
import {
  type IsvAgreement,
  isvDetail,
  type ResellerAgreement,
  resellerDetail,
} from './agreement-views';

/** The agreement as the caller's role may read it; NOT_FOUND for any other account. */
export async function getSellerAgreement(
  db: Kysely<Database>,
  accountId: string,
  agreementId: string,
): Promise<ResellerAgreement | IsvAgreement> {
  const row = await db
    .selectFrom('agreements')
    .selectAll()
    .where('id', '=', agreementId)
    .where((eb) =>
      eb.or([eb('reseller_account_id', '=', accountId), eb('isv_account_id', '=', accountId)]),
    )
    .executeTakeFirst();
  if (!row) throw AppError.notFound('This agreement');
  return row.reseller_account_id === accountId ? resellerDetail(row) : isvDetail(row);
}
