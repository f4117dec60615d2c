// isv: a seller's own products, the resale authorizations it grants on them, and the
// agreements resellers made on them, with the ISV's own amounts only (SPEC §7, §11).
import { productIdSchema } from '@offerdesk/core';
import { z } from 'zod';
import { sellerAgreementsListInput } from '../agreements/agreement-input';
import { listSellerAgreements } from '../agreements/list-agreements';
import { pageInputShape } from '../pagination/keyset';
import { router, sellerProcedure } from '../trpc';
import { cloneAuthorization, deactivateAuthorization } from './authorization-changes';
import {
  authorizationIdInput,
  cloneAuthorizationInput,
  createAuthorizationInput,
  listAuthorizationsInput,
} from './authorization-input';
import { getAuthorization, listAuthorizations } from './authorization-views';
import { createAuthorization } from './create-authorization';
import { createProductInput, updateProductInput } from './product-input';
import { getIsvProduct, listIsvProducts } from './product-reads';
import { createProduct, updateProduct } from './product-writes';

const listProductsInput = z
  .object({
    search: z.string().max(200, 'Search for at most 200 characters').nullish(),
    ...pageInputShape,
  })
  .prefault({});

const seller = (session: { accountId: string; userId: string }) => ({
  accountId: session.accountId,
  userId: session.userId,
});

const productsRouter = router({
  list: sellerProcedure
    .input(listProductsInput)
    .query(({ ctx, input }) => listIsvProducts(ctx.db, ctx.session.accountId, input)),
  get: sellerProcedure
    .input(z.object({ productId: productIdSchema }))
    .query(({ ctx, input }) => getIsvProduct(ctx.db, ctx.session.accountId, input.productId)),
  create: sellerProcedure
    .input(createProductInput)
    .mutation(({ ctx, input }) => createProduct(ctx.db, seller(ctx.session), input)),
  update: sellerProcedure
    .input(updateProductInput)
    .mutation(({ ctx, input }) => updateProduct(ctx.db, seller(ctx.session), input, ctx.clock)),
});

const isvSide = (accountId: string) => ({ side: 'isv' as const, accountId });

const authorizationsRouter = router({
  list: sellerProcedure
    .input(listAuthorizationsInput)
    .query(({ ctx, input }) =>
      listAuthorizations(ctx.db, isvSide(ctx.session.accountId), input, ctx.clock.now()),
    ),
  get: sellerProcedure
    .input(authorizationIdInput)
    .query(({ ctx, input }) =>
      getAuthorization(
        ctx.db,
        isvSide(ctx.session.accountId),
        input.authorizationId,
        ctx.clock.now(),
      ),
    ),
  create: sellerProcedure
    .input(createAuthorizationInput)
    .mutation(({ ctx, input }) =>
      createAuthorization(ctx.db, seller(ctx.session), input, ctx.clock.now()),
    ),
  deactivate: sellerProcedure
    .input(authorizationIdInput)
    .mutation(({ ctx, input }) =>
      deactivateAuthorization(ctx.db, ctx.session.accountId, input.authorizationId, ctx.clock),
    ),
  clone: sellerProcedure
    .input(cloneAuthorizationInput)
    .mutation(({ ctx, input }) =>
      cloneAuthorization(ctx.db, seller(ctx.session), input, ctx.clock.now()),
    ),
});

export const isvRouter = router({
  products: productsRouter,
  authorizations: authorizationsRouter,
  agreements: router({
    list: sellerProcedure
      .input(sellerAgreementsListInput)
      .query(({ ctx, input }) =>
        listSellerAgreements(ctx.db, ctx.session.accountId, { ...input, role: 'isv' }),
      ),
  }),
});
