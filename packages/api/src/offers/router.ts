// offers.* (SPEC §11): the reseller's offers. Every procedure is the owning reseller's only;
// any other account gets NOT_FOUND. Routes parse input and call a service.
import type { AuthedContext } from '../trpc';
import { router, sellerProcedure } from '../trpc';
import { cloneOffer } from './clone-offer';
import { createDraftOffer } from './create-draft';
import { extendOffer } from './extend-offer';
import { getSellerOffer, previewOffer } from './get-offer';
import { listSellerOffers } from './list-offers';
import { removeOfferDocument, reorderOfferDocuments } from './offer-documents';
import { offerHistory } from './offer-history';
import {
  createDraftInput,
  listOffersInput,
  offerIdInput,
  removeDocumentInput,
  reorderDocumentsInput,
  updateExpirationInput,
  updateOfferInput,
} from './offer-inputs';
import {
  cancelOffer,
  deleteDraftOffer,
  reopenOffer,
  updateOfferExpiration,
} from './offer-lifecycle';
import { updateDraftOffer } from './update-offer';

const actorOf = (ctx: AuthedContext) => ({
  userId: ctx.session.userId,
  accountId: ctx.session.accountId,
});

const view = (ctx: AuthedContext, offerId: string) =>
  getSellerOffer(ctx.db, ctx.clock, ctx.config.publicUrl, ctx.session.accountId, offerId);

export const offersRouter = router({
  createDraft: sellerProcedure
    .input(createDraftInput)
    .mutation(({ ctx, input }) => createDraftOffer(ctx.db, ctx.clock, actorOf(ctx), input)),
  get: sellerProcedure.input(offerIdInput).query(({ ctx, input }) => view(ctx, input.offerId)),
  update: sellerProcedure.input(updateOfferInput).mutation(async ({ ctx, input }) => {
    await updateDraftOffer(ctx.db, ctx.clock, actorOf(ctx), input);
    return view(ctx, input.offerId);
  }),
  preview: sellerProcedure
    .input(offerIdInput)
    .query(({ ctx, input }) => previewOffer(ctx.db, ctx.session.accountId, input.offerId)),
  removeDocument: sellerProcedure
    .input(removeDocumentInput)
    .mutation(({ ctx, input }) => removeOfferDocument(ctx.db, ctx.clock, actorOf(ctx), input)),
  reorderDocuments: sellerProcedure
    .input(reorderDocumentsInput)
    .mutation(({ ctx, input }) => reorderOfferDocuments(ctx.db, ctx.clock, actorOf(ctx), input)),
  extend: sellerProcedure
    .input(offerIdInput)
    .mutation(({ ctx, input }) =>
      extendOffer(ctx.db, ctx.clock, ctx.jobs, actorOf(ctx), input.offerId),
    ),
  reopen: sellerProcedure
    .input(offerIdInput)
    .mutation(({ ctx, input }) => reopenOffer(ctx.db, ctx.clock, actorOf(ctx), input.offerId)),
  delete: sellerProcedure
    .input(offerIdInput)
    .mutation(({ ctx, input }) => deleteDraftOffer(ctx.db, ctx.clock, actorOf(ctx), input.offerId)),
  list: sellerProcedure
    .input(listOffersInput)
    .query(({ ctx, input }) => listSellerOffers(ctx.db, ctx.clock, ctx.session.accountId, input)),
  cancel: sellerProcedure
    .input(offerIdInput)
    .mutation(({ ctx, input }) => cancelOffer(ctx.db, ctx.clock, actorOf(ctx), input.offerId, ctx)),
  updateExpiration: sellerProcedure
    .input(updateExpirationInput)
    .mutation(({ ctx, input }) => updateOfferExpiration(ctx.db, ctx.clock, actorOf(ctx), input)),
  clone: sellerProcedure
    .input(offerIdInput)
    .mutation(({ ctx, input }) => cloneOffer(ctx.db, ctx.clock, actorOf(ctx), input.offerId)),
  history: sellerProcedure
    .input(offerIdInput)
    .query(({ ctx, input }) => offerHistory(ctx.db, ctx.session.accountId, input.offerId)),
});
