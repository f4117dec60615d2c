import { agreementIdSchema } from '@offerdesk/core';
import { z } from 'zod';
import { pageInputShape } from '../pagination/keyset';

const listShape = {
  search: z.string().max(200, 'Search for at most 200 characters').nullish(),
  ...pageInputShape,
};

/** agreements.list: both sides by default, or one. */
export const agreementsListInput = z
  .object({
    role: z.enum(['reseller', 'isv'], { error: 'Choose reseller or ISV' }).nullish(),
    ...listShape,
  })
  .prefault({});

/** isv.agreements.list and buyer.agreements.list: the side is the procedure's. */
export const sellerAgreementsListInput = z.object(listShape).prefault({});
export const buyerAgreementsListInput = z.object(pageInputShape).prefault({});

export const agreementIdInput = z.object({ agreementId: agreementIdSchema });
