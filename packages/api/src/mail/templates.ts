// One template per audience (SPEC §10). The buyer sees its own price; the reseller sees the
// buyer price, the ISV's amount and its margin; the ISV sees only its own amount — never the
// buyer price or the markup. Expiry is always spelled with its instant, 23:59:59 UTC.
import { formatDate, formatUsd } from '@offerdesk/core';
import { type RenderedMessage, renderMessage } from './compose-message';

export type OfferFacts = {
  offerId: string;
  offerName: string;
  productName: string;
  resellerName: string;
  isvName: string;
  expirationDate: string | null;
};

/** Amounts of one side: a total and, for a payment schedule, each installment. */
export type Amounts = {
  totalCents: number;
  installments: { invoiceDate: string; cents: number }[];
};

export type AcceptanceFacts = {
  agreementId: string;
  buyerAccountId: string;
  acceptedAt: Date;
};

export const offerUrls = {
  buyer: (publicUrl: string, offerId: string) => `${publicUrl}/buyer/offers/${offerId}`,
  reseller: (publicUrl: string, offerId: string) => `${publicUrl}/seller/offers/${offerId}`,
  isvAgreement: (publicUrl: string, agreementId: string) =>
    `${publicUrl}/seller/agreements/${agreementId}`,
};

export function expiryText(expirationDate: string | null): string {
  return expirationDate ? `${formatDate(expirationDate)} at 23:59:59 UTC` : 'not set';
}

function amountFacts(label: string, amounts: Amounts): [string, string][] {
  const facts: [string, string][] = [[label, formatUsd(amounts.totalCents)]];
  amounts.installments.forEach((installment, i) => {
    facts.push([
      `Payment ${i + 1}`,
      `${formatUsd(installment.cents)} invoiced on ${formatDate(installment.invoiceDate)}`,
    ]);
  });
  return facts;
}

function offerFacts(offer: OfferFacts): [string, string][] {
  return [
    ['Offer', offer.offerName],
    ['Offer ID', offer.offerId],
    ['Product', offer.productName],
    ['Seller of record', offer.resellerName],
    ['Publisher', offer.isvName],
  ];
}

const acceptedOn = (at: Date) => formatDate(at.toISOString().slice(0, 10));

export const buyerTemplates = {
  published(offer: OfferFacts, amounts: Amounts, url: string): RenderedMessage {
    return renderMessage({
      subject: `Private offer for you: ${offer.offerName}`,
      intro: `${offer.resellerName} has extended a private offer to your account for ${offer.productName}.`,
      facts: [
        ...offerFacts(offer),
        ...amountFacts('Total', amounts),
        ['Accept by', expiryText(offer.expirationDate)],
      ],
      link: { label: 'View and accept the offer', url },
    });
  },
  expiring(offer: OfferFacts, amounts: Amounts, url: string): RenderedMessage {
    return renderMessage({
      subject: `Private offer expires ${formatDate(offer.expirationDate ?? '')}: ${offer.offerName}`,
      intro: `The private offer from ${offer.resellerName} for ${offer.productName} expires in 3 days, on ${expiryText(offer.expirationDate)}, and your account has not accepted it yet.`,
      facts: [
        ...offerFacts(offer),
        ...amountFacts('Total', amounts),
        ['Accept by', expiryText(offer.expirationDate)],
      ],
      link: { label: 'View and accept the offer', url },
    });
  },
  cancelled(offer: OfferFacts, url: string): RenderedMessage {
    return renderMessage({
      subject: `Private offer cancelled: ${offer.offerName}`,
      intro: `${offer.resellerName} has cancelled the private offer for ${offer.productName}. It can no longer be accepted.`,
      facts: offerFacts(offer),
      link: { label: 'View the offer', url },
    });
  },
};

export const resellerTemplates = {
  accepted(
    offer: OfferFacts,
    acceptance: AcceptanceFacts,
    amounts: { buyer: Amounts; isv: Amounts; resellerCents: number },
    url: string,
  ): RenderedMessage {
    return renderMessage({
      subject: `Offer accepted by ${acceptance.buyerAccountId}: ${offer.offerName}`,
      intro: `Buyer account ${acceptance.buyerAccountId} accepted your private offer for ${offer.productName} on ${acceptedOn(acceptance.acceptedAt)}.`,
      facts: [
        ['Offer', offer.offerName],
        ['Offer ID', offer.offerId],
        ['Agreement ID', acceptance.agreementId],
        ['Product', offer.productName],
        ['Publisher', offer.isvName],
        ['Buyer account', acceptance.buyerAccountId],
        ...amountFacts('Buyer total', amounts.buyer),
        ['Due to ISV', formatUsd(amounts.isv.totalCents)],
        ['Your margin', formatUsd(amounts.resellerCents)],
        ['Offer expires', expiryText(offer.expirationDate)],
      ],
      link: { label: 'View the offer', url },
    });
  },
  published(offer: OfferFacts, buyerCount: number, url: string): RenderedMessage {
    return renderMessage({
      subject: `Offer published: ${offer.offerName}`,
      intro: `Your private offer for ${offer.productName} is published and extended to ${buyerCount} buyer account${buyerCount === 1 ? '' : 's'}.`,
      facts: [
        ['Offer', offer.offerName],
        ['Offer ID', offer.offerId],
        ['Expires', expiryText(offer.expirationDate)],
      ],
      link: { label: 'View the offer', url },
    });
  },
  cancelled(offer: OfferFacts, url: string): RenderedMessage {
    return renderMessage({
      subject: `Offer cancelled: ${offer.offerName}`,
      intro: `Your private offer for ${offer.productName} is cancelled; existing agreements stand.`,
      facts: [
        ['Offer', offer.offerName],
        ['Offer ID', offer.offerId],
      ],
      link: { label: 'View the offer', url },
    });
  },
  expiring(offer: OfferFacts, pendingBuyers: number, url: string): RenderedMessage {
    return renderMessage({
      subject: `Offer expires ${formatDate(offer.expirationDate ?? '')}: ${offer.offerName}`,
      intro: `Your private offer for ${offer.productName} expires in 3 days and ${pendingBuyers} buyer account${pendingBuyers === 1 ? ' has' : 's have'} not accepted it yet.`,
      facts: [
        ['Offer', offer.offerName],
        ['Offer ID', offer.offerId],
        ['Expires', expiryText(offer.expirationDate)],
      ],
      link: { label: 'View the offer', url },
    });
  },
};

export const isvTemplates = {
  /** The ISV's own amounts only: no buyer price, no markup, no margin. */
  accepted(
    offer: OfferFacts,
    acceptance: AcceptanceFacts,
    isvAmounts: Amounts,
    url: string,
  ): RenderedMessage {
    return renderMessage({
      subject: `Agreement on ${offer.productName} through ${offer.resellerName}`,
      intro: `Buyer account ${acceptance.buyerAccountId} accepted a private offer from ${offer.resellerName} for your product ${offer.productName} on ${acceptedOn(acceptance.acceptedAt)}.`,
      facts: [
        ['Offer', offer.offerName],
        ['Agreement ID', acceptance.agreementId],
        ['Product', offer.productName],
        ['Reseller', offer.resellerName],
        ['Buyer account', acceptance.buyerAccountId],
        ...amountFacts('Your amount', isvAmounts),
      ],
      link: { label: 'View the agreement', url },
      outro: 'The marketplace listing fee is deducted from each disbursement.',
    });
  },
};
