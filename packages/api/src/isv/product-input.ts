// What an ISV sends to create or edit a product (SPEC §7): core's product rules and messages,
// plus an optional key per dimension. Keys name dimensions in authorizations and offers; a
// dimension without one gets a key derived from its display name ("Workshop day" →
// "workshop-day"), made unique within the product.
import {
  pricingMessages,
  productDescriptionSchema,
  productDimensionSchema,
  productDimensionsSchema,
  productIdSchema,
  productNameSchema,
} from '@offerdesk/core';
import { z } from 'zod';

const KEY_MAX = 64;
const keyMessage = `A dimension key is 1 to ${KEY_MAX} lower-case letters, digits and dashes, like workshop-day`;

export const dimensionKeySchema = z
  .string({ error: keyMessage })
  .trim()
  .toLowerCase()
  .max(KEY_MAX, keyMessage)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, keyMessage);

export const sha256Schema = (what: string) =>
  z
    .string({ error: `Upload the ${what} first` })
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, `This is not the SHA-256 of an uploaded ${what} (64 hex digits)`);

export const fileNameSchema = z
  .string({ error: 'The file needs a name' })
  .trim()
  .min(1, 'The file needs a name')
  .max(255, 'A file name is at most 255 characters');

const dimensionInputSchema = productDimensionSchema.extend({
  key: dimensionKeySchema.nullish(),
});
export type DimensionInput = z.infer<typeof dimensionInputSchema>;

/** Core's checks on the list (count, distinct display names), then distinct given keys. */
const dimensionsInputSchema = z
  .array(dimensionInputSchema, { error: pricingMessages.noDimensions })
  .max(200, pricingMessages.tooManyDimensions)
  .superRefine((dimensions, ctx) => {
    const core = productDimensionsSchema.safeParse(dimensions);
    if (!core.success) {
      for (const issue of core.error.issues) {
        ctx.addIssue({
          code: 'custom',
          path: issue.path as (string | number)[],
          message: issue.message,
        });
      }
    }
    const seen = new Set<string>();
    dimensions.forEach(({ key }, index) => {
      if (!key) return;
      if (seen.has(key)) {
        const message = pricingMessages.dimensionKeyDuplicate(key);
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message });
      }
      seen.add(key);
    });
  });

export const createProductInput = z.object({
  name: productNameSchema,
  description: productDescriptionSchema.default(''),
  dimensions: dimensionsInputSchema,
  eulaSha256: sha256Schema('EULA').nullish(),
  eulaFileName: fileNameSchema.nullish(),
});
export type CreateProductInput = z.infer<typeof createProductInput>;

/** Only the fields given change; `dimensions`, when given, replaces the whole list. */
export const updateProductInput = z.object({
  productId: productIdSchema,
  name: productNameSchema.optional(),
  description: productDescriptionSchema.optional(),
  dimensions: dimensionsInputSchema.optional(),
  eulaSha256: sha256Schema('EULA').optional(),
  /** The EULA's download name; used together with eulaSha256. */
  eulaFileName: fileNameSchema.optional(),
});
export type UpdateProductInput = z.infer<typeof updateProductInput>;

/** "Workshop day" → "workshop-day"; accents dropped; '' when nothing Latin is left. */
export function slugOf(displayName: string): string {
  return displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, KEY_MAX - 4)
    .replace(/^-+|-+$/g, '');
}

/** The key of each dimension: the given one, or a unique one derived from the display name. */
export function assignDimensionKeys(dimensions: readonly DimensionInput[]): string[] {
  const taken = new Set(dimensions.flatMap((d) => (d.key ? [d.key] : [])));
  return dimensions.map((d, index) => {
    if (d.key) return d.key;
    const base = slugOf(d.displayName) || `dimension-${index + 1}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return key;
  });
}
