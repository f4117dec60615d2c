// Which reseller contract a caller may read (SPEC §4, §7): the one an authorization carries,
// the ISV's custom PDF or the Offerdesk standard contract, for the ISV that granted the
// authorization and the reseller holding it, deactivated or not (what was agreed stays
// readable). The contract is between those two: anyone else, buyers included, gets "not
// found", exactly as for an authorization that does not exist.
import { AUTHORIZATION_ID_PATTERN } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { AppError } from '../errors';

export type AuthorizationContract =
  | { kind: 'custom'; sha256: string; fileName: string; sizeBytes: number }
  | { kind: 'standard' };

/** The name a custom contract downloads under when the ISV's upload had none recorded. */
export const CUSTOM_CONTRACT_FILE_NAME = 'Reseller contract.pdf';

const notFound = () => AppError.notFound('This authorization');

export async function findAuthorizationContract(
  db: Kysely<Database>,
  accountId: string,
  authorizationId: string,
): Promise<AuthorizationContract> {
  if (!AUTHORIZATION_ID_PATTERN.test(authorizationId)) throw notFound();
  const row = await db
    .selectFrom('resale_authorizations as a')
    .leftJoin('documents as d', 'd.sha256', 'a.contract_sha256')
    .select(['a.contract_kind', 'a.contract_sha256', 'a.contract_file_name', 'd.size_bytes'])
    .where('a.id', '=', authorizationId)
    .where((eb) =>
      eb.or([eb('a.isv_account_id', '=', accountId), eb('a.reseller_account_id', '=', accountId)]),
    )
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.contract_kind === 'standard') return { kind: 'standard' };
  if (row.contract_kind === 'custom' && row.contract_sha256 && row.size_bytes !== null) {
    return {
      kind: 'custom',
      sha256: row.contract_sha256,
      fileName: row.contract_file_name ?? CUSTOM_CONTRACT_FILE_NAME,
      sizeBytes: row.size_bytes,
    };
  }
  throw AppError.notFound('A reseller contract for this authorization');
}
