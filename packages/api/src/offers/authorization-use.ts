// Whether a resale authorization may still be used for an offer (SPEC §4, §5): held by the
// reseller, not deactivated, not past its end date, and, if single use, not used by another
// offer; and whether its reseller contract, if any, has been accepted.
import { compareDates } from '@offerdesk/core';
import type { Database, Kysely, ResaleAuthorization } from '@offerdesk/db';
import { isoInstant } from '../db-time';
import { AppError } from '../errors';
import { authorizationUseMessages as m } from './offer-messages';

/** Why the authorization cannot be used for `offerId` (null for a new offer), or null. */
export function authorizationUnusableReason(
  authorization: ResaleAuthorization,
  offerId: string | null,
  today: string,
): string | null {
  if (authorization.deactivated_at) return m.deactivated;
  if (authorization.ends_on && compareDates(today, authorization.ends_on) > 0) {
    return m.ended(authorization.ends_on);
  }
  const usedBy = authorization.used_by_offer_id;
  if (authorization.availability === 'single_use' && usedBy && usedBy !== offerId) {
    return m.usedByOther(usedBy);
  }
  return null;
}

export function assertAuthorizationUsable(
  authorization: ResaleAuthorization,
  offerId: string | null,
  today: string,
): void {
  const reason = authorizationUnusableReason(authorization, offerId, today);
  if (reason) {
    throw new AppError('PRECONDITION_FAILED', reason, [
      { path: ['authorizationId'], message: reason },
    ]);
  }
}

export type ContractStatus = {
  /** 'none' when the authorization carries no reseller contract. */
  kind: ResaleAuthorization['contract_kind'];
  fileName: string | null;
  required: boolean;
  accepted: boolean;
  acceptedAt: string | null;
  acceptedByEmail: string | null;
};

export async function contractStatus(
  db: Kysely<Database>,
  authorization: ResaleAuthorization,
): Promise<ContractStatus> {
  const required = authorization.contract_kind !== 'none';
  const acceptance = required
    ? await db
        .selectFrom('contract_acceptances')
        .leftJoin('users', 'users.id', 'contract_acceptances.user_id')
        .select(['contract_acceptances.accepted_at', 'users.email'])
        .where('contract_acceptances.authorization_id', '=', authorization.id)
        .where('contract_acceptances.reseller_account_id', '=', authorization.reseller_account_id)
        .executeTakeFirst()
    : undefined;
  return {
    kind: authorization.contract_kind,
    fileName:
      authorization.contract_kind === 'standard'
        ? 'Offerdesk Standard Reseller Contract'
        : authorization.contract_file_name,
    required,
    accepted: !!acceptance,
    acceptedAt: acceptance ? isoInstant(acceptance.accepted_at) : null,
    acceptedByEmail: acceptance?.email ?? null,
  };
}
