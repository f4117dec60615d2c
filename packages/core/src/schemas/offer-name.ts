// The offer's custom name (SPEC §4). Length counts characters as people see them (code
// points, like PostgreSQL's char_length), not UTF-16 units, so an emoji counts once.

import { z } from 'zod';
import { MAX_OFFER_NAME_LENGTH } from '../limits';
import { offerMessages } from '../messages';

const CONTROL_CHARACTERS = /\p{Cc}/u;

export const offerNameSchema = z
  .string({ error: offerMessages.nameEmpty })
  .trim()
  .min(1, offerMessages.nameEmpty)
  .refine((name) => [...name].length <= MAX_OFFER_NAME_LENGTH, offerMessages.nameTooLong)
  .refine((name) => !CONTROL_CHARACTERS.test(name), offerMessages.nameControl);

function clip(text: string): string {
  const characters = [...text];
  if (characters.length <= MAX_OFFER_NAME_LENGTH) return text;
  return characters.slice(0, MAX_OFFER_NAME_LENGTH).join('').trimEnd();
}

/**
 * "Offer - 713384441954 - Channel Integ 28" for one buyer, as in the guide; for several,
 * "Offer - Channel Integ 28 - 3 buyers", so no buyer sees another's account ID.
 */
export function defaultOfferName(input: {
  buyerIds: readonly string[];
  productName: string;
}): string {
  const productName = input.productName.replace(/\s+/g, ' ').trim();
  const [onlyBuyer] = input.buyerIds;
  if (input.buyerIds.length === 1 && onlyBuyer !== undefined) {
    return clip(`Offer - ${onlyBuyer} - ${productName}`);
  }
  if (input.buyerIds.length === 0) return clip(`Offer - ${productName}`);
  return clip(`Offer - ${productName} - ${input.buyerIds.length} buyers`);
}
