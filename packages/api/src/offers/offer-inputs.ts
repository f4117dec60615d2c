// The offers router's inputs. Every string, array and number is bounded, so no input can
// cause a 500; the rules and their messages are core's.
import {
  authorizationIdSchema,
  buyerMessages,
  calendarDateSchema,
  MAX_BUYERS,
  MAX_DIMENSIONS,
  offerDisplayStatusSchema,
  offerIdSchema,
  offerNameSchema,
  offerPricingSchema,
  quantitySchema,
} from '@offerdesk/core';
import { z } from 'zod';
import { pageInputShape } from '../pagination/keyset';

export const offerIdInput = z.object({ offerId: offerIdSchema });

export const createDraftInput = z.object({ authorizationId: authorizationIdSchema });

const documentIdSchema = z.uuid({ error: 'This is not a document of the offer' });

export const updateOfferInput = z.object({
  offerId: offerIdSchema,
  /** null clears the name: extend then gives the default name of SPEC §4. */
  name: offerNameSchema.nullable().optional(),
  /** A draft may have none yet; extend requires 1…25. */
  buyerAccountIds: z
    .array(z.string({ error: buyerMessages.accountIdFormat }).trim().max(64), {
      error: buyerMessages.none,
    })
    .max(MAX_BUYERS, buyerMessages.tooMany)
    .optional(),
  dimensions: z
    .array(
      z.object({
        key: z.string({ error: 'Choose a pricing dimension' }).max(200),
        quantity: quantitySchema,
      }),
    )
    .max(MAX_DIMENSIONS)
    .optional(),
  pricing: offerPricingSchema.optional(),
  /** null clears the date. */
  expirationDate: calendarDateSchema.nullable().optional(),
});
export type UpdateOfferInput = z.infer<typeof updateOfferInput>;

export const removeDocumentInput = z.object({
  offerId: offerIdSchema,
  documentId: documentIdSchema,
});

export const reorderDocumentsInput = z.object({
  offerId: offerIdSchema,
  documentIds: z.array(documentIdSchema).max(20),
});

export const updateExpirationInput = z.object({
  offerId: offerIdSchema,
  expirationDate: calendarDateSchema,
});

export const OFFER_SORTS = ['created', 'expiration'] as const;

export const listOffersInput = z.object({
  ...pageInputShape,
  status: offerDisplayStatusSchema.optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(OFFER_SORTS).default('created'),
  direction: z.enum(['desc', 'asc']).default('desc'),
});
export type ListOffersInput = z.infer<typeof listOffersInput>;
