// The buyer console's API (SPEC §8, §11): offers extended to the signed-in account and their
// acceptance, plus the buyer sides of agreements, invoices and notifications (built in their
// own folders). Every account may buy, so these are open to any signed-in account; what each
// returns is limited to what that account was targeted by or owns.
import { offerIdSchema } from '@offerdesk/core';
import { z } from 'zod';
import { buyerAgreementsRouter } from '../agreements/buyer-agreements-router';
import { buyerInvoicesRouter } from '../invoices/buyer-router';
import { buyerNotificationsRouter } from '../notifications/router';
import { pageInputShape } from '../pagination/keyset';
import { buyerProcedure, router } from '../trpc';
import { acceptMessages, acceptOffer } from './accept-offer';
import { getBuyerOffer } from './get-offer';
import { BUYER_OFFER_TABS, listBuyerOffers } from './list-offers';

// An offer page URL may be mangled in transit: anything not found is simply "not found".
const offerLink = z.object({ offerId: z.string().trim().max(100) });

const listInput = z.object({
  tab: z.enum(BUYER_OFFER_TABS, { error: 'Choose the Available or the Accepted & expired tab' }),
  ...pageInputShape,
});

const acceptInput = z.object({
  offerId: z.string().trim().max(100),
  eulaConsent: z.boolean({ error: acceptMessages.consent }),
  eulaSha256: z
    .string({ error: acceptMessages.eulaFormat })
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, acceptMessages.eulaFormat),
});

const buyerOffersRouter = router({
  list: buyerProcedure
    .input(listInput)
    .query(({ ctx, input }) => listBuyerOffers(ctx.db, ctx.session, input, ctx.clock.now())),

  get: buyerProcedure
    .input(offerLink)
    .query(({ ctx, input }) => getBuyerOffer(ctx.db, ctx.session, input.offerId, ctx.clock.now())),

  /** "Go to offer": a typed offer ID, checked for its form before it is looked up. */
  findById: buyerProcedure
    .input(z.object({ offerId: offerIdSchema }))
    .query(({ ctx, input }) => getBuyerOffer(ctx.db, ctx.session, input.offerId, ctx.clock.now())),

  accept: buyerProcedure
    .input(acceptInput)
    .mutation(({ ctx, input }) => acceptOffer(ctx.db, ctx.session, input, ctx)),
});

export const buyerRouter = router({
  offers: buyerOffersRouter,
  agreements: buyerAgreementsRouter,
  invoices: buyerInvoicesRouter,
  notifications: buyerNotificationsRouter,
});
