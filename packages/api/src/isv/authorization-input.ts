// What an ISV states when it authorizes a reseller (SPEC §7), as the API receives it: core's
// schemas and messages, plus the dimension a payment schedule is for when the product has
// several. Rules that need the product or the clock are in create-authorization.ts.
import {
  accountIdSchema,
  allowedBuyerIdsSchema,
  authorizationIdSchema,
  authorizationPricingSchema,
  availabilitySchema,
  productIdSchema,
} from '@offerdesk/core';
import { z } from 'zod';
import { pageInputShape } from '../pagination/keyset';
import { AUTHORIZATION_STATUSES } from './authorization-status';
import { dimensionKeySchema, fileNameSchema, sha256Schema } from './product-input';

const [discountPricing, customPricing, schedulePricing] = authorizationPricingSchema.options;

export const authorizationPricingInput = z.discriminatedUnion(
  'kind',
  [
    discountPricing,
    customPricing,
    schedulePricing.extend({
      /** Required when the product has more than one pricing dimension. */
      dimensionKey: dimensionKeySchema.nullish(),
    }),
  ],
  { error: 'Choose a discount off list, custom prices or a payment schedule' },
);
export type AuthorizationPricingInput = z.infer<typeof authorizationPricingInput>;

export const contractInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('standard') }),
    z.object({
      kind: z.literal('custom'),
      sha256: sha256Schema('reseller contract'),
      fileName: fileNameSchema.nullish(),
    }),
  ],
  { error: 'Choose no contract, the Offerdesk standard contract or a custom contract' },
);
export type ContractInput = z.infer<typeof contractInput>;

const availabilityInput = availabilitySchema;

/** The terms of an authorization, apart from the product (which clone keeps). */
const termsShape = {
  resellerAccountId: accountIdSchema,
  pricing: authorizationPricingInput,
  contract: contractInput.default({ kind: 'none' }),
  buyerAccountIds: allowedBuyerIdsSchema.default([]),
  availability: availabilityInput,
};

export const createAuthorizationInput = z.object({ productId: productIdSchema, ...termsShape });
export type CreateAuthorizationInput = z.infer<typeof createAuthorizationInput>;

export const cloneAuthorizationInput = z.object({
  authorizationId: authorizationIdSchema,
  /** Terms that differ from the source's; anything not given is copied. */
  overrides: z
    .object({
      resellerAccountId: termsShape.resellerAccountId.optional(),
      pricing: termsShape.pricing.optional(),
      contract: contractInput.optional(),
      buyerAccountIds: allowedBuyerIdsSchema.optional(),
      availability: availabilityInput.optional(),
    })
    .default({}),
});
export type CloneAuthorizationInput = z.infer<typeof cloneAuthorizationInput>;

export const authorizationIdInput = z.object({ authorizationId: authorizationIdSchema });

export const listAuthorizationsInput = z
  .object({
    productId: productIdSchema.nullish(),
    status: z
      .enum(AUTHORIZATION_STATUSES, { error: 'Choose active, expired, deactivated or used' })
      .nullish(),
    ...pageInputShape,
  })
  .prefault({});
