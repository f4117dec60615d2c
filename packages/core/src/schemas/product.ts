// A professional-services product as the ISV lists it (SPEC §7): name, description, and
// 1…24 pricing dimensions with a list price per unit. The EULA is an upload (documents.ts).

import { z } from 'zod';
import { MAX_DIMENSIONS } from '../limits';
import { pricingMessages, productMessages } from '../messages';
import { unitCentsSchema } from './pricing-inputs';

export const productNameSchema = z
  .string({ error: productMessages.name })
  .trim()
  .min(1, productMessages.name)
  .max(200, productMessages.name);

export const productDescriptionSchema = z
  .string({ error: productMessages.description })
  .trim()
  .max(5000, productMessages.description);

export const productDimensionSchema = z.object({
  displayName: z
    .string({ error: productMessages.dimensionName })
    .trim()
    .min(1, productMessages.dimensionName)
    .max(100, productMessages.dimensionName),
  description: z
    .string({ error: productMessages.dimensionDescription })
    .trim()
    .max(500, productMessages.dimensionDescription),
  listUnitCents: unitCentsSchema,
});
export type ProductDimension = z.infer<typeof productDimensionSchema>;

/**
 * The display name is the dimension's key in offers, so names must differ; compared without
 * case because "Workshop" and "workshop" side by side would confuse buyers.
 */
export const productDimensionsSchema = z
  .array(productDimensionSchema, { error: pricingMessages.noDimensions })
  .min(1, pricingMessages.noDimensions)
  .max(MAX_DIMENSIONS, pricingMessages.tooManyDimensions)
  .superRefine((dimensions, ctx) => {
    const seen = new Set<string>();
    dimensions.forEach(({ displayName }, index) => {
      const folded = displayName.toLowerCase();
      if (seen.has(folded)) {
        const message = pricingMessages.dimensionKeyDuplicate(displayName);
        ctx.addIssue({ code: 'custom', path: [index, 'displayName'], message });
      }
      seen.add(folded);
    });
  });

export const productInputSchema = z.object({
  name: productNameSchema,
  description: productDescriptionSchema,
  dimensions: productDimensionsSchema,
});
export type ProductInput = z.infer<typeof productInputSchema>;
