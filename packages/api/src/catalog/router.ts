// catalog: the public product listing and product pages (SPEC §8, §11). Public procedures;
// a signed-in buyer also learns whether it has a private offer on the product.
import { productIdSchema } from '@offerdesk/core';
import { z } from 'zod';
import { pageInputShape } from '../pagination/keyset';
import { publicProcedure, router } from '../trpc';
import { getCatalogProduct } from './get-product';
import { listCatalogProducts } from './list-products';

const listInput = z
  .object({
    search: z
      .string({ error: 'Enter text to search for' })
      .max(200, 'Search for at most 200 characters')
      .nullish(),
    ...pageInputShape,
  })
  .prefault({});

export const catalogRouter = router({
  products: router({
    list: publicProcedure
      .input(listInput)
      .query(({ ctx, input }) => listCatalogProducts(ctx.db, input)),
    get: publicProcedure
      .input(z.object({ productId: productIdSchema }))
      .query(({ ctx, input }) =>
        getCatalogProduct(
          ctx.db,
          ctx.session ? { accountId: ctx.session.accountId } : null,
          input,
          ctx.clock.now(),
        ),
      ),
  }),
});
