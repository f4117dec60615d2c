// What an authorization is now, and how its pricing reads (SPEC §7 "Partners"). Status is
// computed from the clock, never stored: deactivated (by the ISV) wins, then used (a
// single-use authorization an offer has used up), then expired (its end date has passed).
import { formatPercent } from '@offerdesk/core';
import type { AuthorizationPricingKind, AvailabilityKind } from '@offerdesk/db';
import { type RawBuilder, sql } from 'kysely';

export const AUTHORIZATION_STATUSES = ['active', 'expired', 'deactivated', 'used'] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

export type StatusFacts = {
  deactivated_at: Date | null;
  availability: AvailabilityKind;
  used_by_offer_id: string | null;
  ends_on: string | null;
};

export function authorizationStatus(facts: StatusFacts, today: string): AuthorizationStatus {
  if (facts.deactivated_at !== null) return 'deactivated';
  if (facts.availability === 'single_use' && facts.used_by_offer_id !== null) return 'used';
  if (facts.ends_on !== null && facts.ends_on < today) return 'expired';
  return 'active';
}

/** The same rule as authorizationStatus, as SQL on `resale_authorizations as a`. */
export function statusFilter(status: AuthorizationStatus, today: string): RawBuilder<boolean> {
  const deactivated = sql`(a.deactivated_at IS NOT NULL)`;
  const used = sql`(a.availability = 'single_use' AND a.used_by_offer_id IS NOT NULL)`;
  const expired = sql`(a.ends_on IS NOT NULL AND a.ends_on < ${today}::date)`;
  switch (status) {
    case 'deactivated':
      return sql<boolean>`${deactivated}`;
    case 'used':
      return sql<boolean>`NOT ${deactivated} AND ${used}`;
    case 'expired':
      return sql<boolean>`NOT ${deactivated} AND NOT ${used} AND ${expired}`;
    case 'active':
      return sql<boolean>`NOT ${deactivated} AND NOT ${used} AND NOT ${expired}`;
  }
}

/** "15.50 % off list", "Custom price" or "Payment schedule". */
export function pricingLabel(kind: AuthorizationPricingKind, discountPpm: number | null): string {
  if (kind === 'discount') return `${formatPercent(discountPpm ?? 0)} off list`;
  return kind === 'custom' ? 'Custom price' : 'Payment schedule';
}
