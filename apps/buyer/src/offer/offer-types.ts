import type { RouterOutputs } from '@offerdesk/ui';

export type BuyerOffer = RouterOutputs['buyer']['offers']['get'];
export type BuyerAgreement = NonNullable<BuyerOffer['agreement']>;
