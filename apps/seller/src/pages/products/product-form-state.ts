// The product form as typed → the create/update input, with core's product rules and messages
// (names, descriptions, distinct dimension names, list prices parsed exactly).
import { MAX_UNIT_CENTS, parseDollars, productInputSchema } from '@offerdesk/core';
import { fieldKey } from '@offerdesk/ui';

export type DimensionRow = {
  key: string | null;
  displayName: string;
  description: string;
  price: string;
};
export type ProductFields = { name: string; description: string; dimensions: DimensionRow[] };

export const emptyDimension = (): DimensionRow => ({
  key: null,
  displayName: '',
  description: '',
  price: '',
});

export type ProductDraft = {
  name: string;
  description: string;
  dimensions: { key?: string; displayName: string; description: string; listUnitCents: number }[];
};

export function checkProduct(fields: ProductFields): {
  errors: Record<string, string>;
  input: ProductDraft | null;
} {
  const errors: Record<string, string> = {};
  const prices = fields.dimensions.map((d, index) => {
    const parsed = parseDollars(d.price, MAX_UNIT_CENTS);
    if (!parsed.ok) errors[`dimensions.${index}.listUnitCents`] = parsed.message;
    return parsed.ok ? parsed.value : 0;
  });
  const candidate = {
    name: fields.name,
    description: fields.description,
    dimensions: fields.dimensions.map((d, index) => ({
      displayName: d.displayName,
      description: d.description,
      listUnitCents: prices[index] ?? 0,
    })),
  };
  const result = productInputSchema.safeParse(candidate);
  for (const issue of result.error?.issues ?? []) {
    errors[fieldKey(issue.path as (string | number)[])] ??= issue.message;
  }
  if (Object.keys(errors).length > 0 || !result.success) return { errors, input: null };
  return {
    errors,
    input: {
      ...result.data,
      dimensions: result.data.dimensions.map((d, index) => {
        const key = fields.dimensions[index]?.key;
        return key ? { ...d, key } : d;
      }),
    },
  };
}
