// The closed sets of values shared by database, API and screens.

import { z } from 'zod';

/** Stored offer statuses; EXPIRED is computed from the clock (see offerDisplayStatus). */
export const OFFER_STATUSES = ['DRAFT', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'CANCELLED'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const offerStatusSchema = z.enum(OFFER_STATUSES);

export const OFFER_DISPLAY_STATUSES = [...OFFER_STATUSES, 'EXPIRED'] as const;
export type OfferDisplayStatus = (typeof OFFER_DISPLAY_STATUSES)[number];
export const offerDisplayStatusSchema = z.enum(OFFER_DISPLAY_STATUSES);

/** What a reseller may choose. DISCOUNT is deliberately absent (SPEC §3). */
export const PRICING_MODES = ['MARKUP', 'FIXED_PRICE'] as const;
export type PricingMode = (typeof PRICING_MODES)[number];

export const AUTHORIZATION_PRICING_KINDS = ['discount', 'custom', 'schedule'] as const;
export type AuthorizationPricingKind = (typeof AUTHORIZATION_PRICING_KINDS)[number];
export const authorizationPricingKindSchema = z.enum(AUTHORIZATION_PRICING_KINDS);

export const AVAILABILITY_KINDS = ['single_use', 'until_date', 'until_deactivated'] as const;
export type AvailabilityKind = (typeof AVAILABILITY_KINDS)[number];
export const availabilityKindSchema = z.enum(AVAILABILITY_KINDS);

export const CONTRACT_KINDS = ['none', 'standard', 'custom'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const contractKindSchema = z.enum(CONTRACT_KINDS);

export const SELLER_TYPES = ['ISV', 'CHANNEL_PARTNER'] as const;
export type SellerType = (typeof SELLER_TYPES)[number];
export const sellerTypeSchema = z.enum(SELLER_TYPES, {
  error: 'Choose ISV or channel partner',
});

export const INVOICE_STATUSES = ['SCHEDULED', 'DUE', 'PAID'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const invoiceStatusSchema = z.enum(INVOICE_STATUSES);

export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'text/plain'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];
