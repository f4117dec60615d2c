// What each seller may read of an agreement. The reseller sees every amount; the ISV only its
// own (SPEC §7: never the buyer price, the markup or the reseller's margin). The buyer's view
// is buyer/buyer-agreement.ts. Each view is built field by field from the row, never by spreading the row
// or its frozen terms, so a field added to either later cannot leak to the wrong party.
import type { Agreement, FrozenTerms } from '@offerdesk/db';

type Common = {
  id: string;
  offerId: string;
  offerName: string;
  product: { id: string; name: string };
  acceptedAt: string;
};

function common(row: Agreement): Common {
  return {
    id: row.id,
    offerId: row.offer_id,
    offerName: row.offer_name,
    product: { id: row.product_id, name: row.terms.productName },
    acceptedAt: row.accepted_at.toISOString(),
  };
}

export type ResellerAgreementItem = Common & {
  role: 'reseller';
  buyerAccountId: string;
  isv: { accountId: string; name: string };
  pricingMode: FrozenTerms['pricingMode'];
  markupPpm: number | null;
  totals: { buyerCents: number; isvCents: number; resellerCents: number };
};

export type ResellerAgreement = ResellerAgreementItem & {
  eulaSha256: string;
  lines: {
    key: string;
    displayName: string;
    quantity: number;
    wholesaleUnitCents: number;
    buyerUnitCents: number;
    isvCents: number;
    buyerCents: number;
    resellerCents: number;
  }[];
  installments: {
    invoiceDate: string;
    isvCents: number;
    buyerCents: number;
    resellerCents: number;
  }[];
};

export function resellerItem(row: Agreement): ResellerAgreementItem {
  return {
    role: 'reseller',
    ...common(row),
    buyerAccountId: row.buyer_account_id,
    isv: { accountId: row.isv_account_id, name: row.terms.isvName },
    pricingMode: row.terms.pricingMode,
    markupPpm: row.terms.markupPpm,
    totals: {
      buyerCents: row.buyer_total_cents,
      isvCents: row.isv_total_cents,
      resellerCents: row.reseller_total_cents,
    },
  };
}

export function resellerDetail(row: Agreement): ResellerAgreement {
  return {
    ...resellerItem(row),
    eulaSha256: row.eula_sha256,
    lines: row.terms.lines.map((l) => ({
      key: l.key,
      displayName: l.displayName,
      quantity: l.quantity,
      wholesaleUnitCents: l.wholesaleUnitCents,
      buyerUnitCents: l.buyerUnitCents,
      isvCents: l.isvCents,
      buyerCents: l.buyerCents,
      resellerCents: l.resellerCents,
    })),
    installments: row.terms.installments.map((i) => ({
      invoiceDate: i.invoiceDate,
      isvCents: i.isvCents,
      buyerCents: i.buyerCents,
      resellerCents: i.resellerCents,
    })),
  };
}

export type IsvAgreementItem = Common & {
  role: 'isv';
  buyerAccountId: string;
  /** The reseller that sold the ISV's product. */
  soldBy: { accountId: string; name: string };
  isvTotalCents: number;
};

export type IsvAgreement = IsvAgreementItem & {
  eulaSha256: string;
  lines: {
    key: string;
    displayName: string;
    quantity: number;
    wholesaleUnitCents: number;
    isvCents: number;
  }[];
  installments: { invoiceDate: string; isvCents: number }[];
};

export function isvItem(row: Agreement): IsvAgreementItem {
  return {
    role: 'isv',
    ...common(row),
    buyerAccountId: row.buyer_account_id,
    soldBy: { accountId: row.reseller_account_id, name: row.terms.resellerName },
    isvTotalCents: row.isv_total_cents,
  };
}

export function isvDetail(row: Agreement): IsvAgreement {
  return {
    ...isvItem(row),
    eulaSha256: row.eula_sha256,
    lines: row.terms.lines.map((l) => ({
      key: l.key,
      displayName: l.displayName,
      quantity: l.quantity,
      wholesaleUnitCents: l.wholesaleUnitCents,
      isvCents: l.isvCents,
    })),
    installments: row.terms.installments.map((i) => ({
      invoiceDate: i.invoiceDate,
      isvCents: i.isvCents,
    })),
  };
}
