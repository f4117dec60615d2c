import { z } from 'zod';
import { pageInputShape } from '../pagination/keyset';
import { buyerProcedure, router, sellerProcedure } from '../trpc';
import {
  countUnread,
  listNotifications,
  markNotificationsRead,
  type Side,
} from './list-notifications';

const listInput = z.object({ unreadOnly: z.boolean().nullish(), ...pageInputShape }).prefault({});

const markReadInput = z.union([
  z.object({
    notificationIds: z
      .array(z.uuid('This is not a notification ID'))
      .min(1, 'Choose at least one notification')
      .max(100, 'Mark at most 100 notifications at once'),
  }),
  z.object({ all: z.literal(true) }),
]);

function notificationsRouterFor(side: Side) {
  const procedure = side === 'buyer' ? buyerProcedure : sellerProcedure;
  return router({
    list: procedure
      .input(listInput)
      .query(({ ctx, input }) => listNotifications(ctx.db, ctx.session.accountId, side, input)),
    /** For the badge in the console's navigation. */
    unreadCount: procedure.query(async ({ ctx }) => ({
      count: await countUnread(ctx.db, ctx.session.accountId, side),
    })),
    markRead: procedure
      .input(markReadInput)
      .mutation(({ ctx, input }) =>
        markNotificationsRead(ctx.db, ctx.session.accountId, side, input, ctx.clock.now()),
      ),
  });
}

/** notifications.* — the seller console's in-app notices (as reseller and as ISV). */
export const notificationsRouter = notificationsRouterFor('seller');
/** buyer.notifications.* — merged into the buyer router as `notifications`. */
export const buyerNotificationsRouter = notificationsRouterFor('buyer');
