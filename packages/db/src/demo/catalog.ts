// SPEC §14: the demo accounts, products and resale authorizations. Dates are offsets in days
// from the day the data is loaded, so the demo never goes stale.
import type { AuthorizationPricingKind, ContractKind, SellerType } from '../schema';

export const DEMO_PASSWORD = 'offerdesk-demo';

type DemoAccount = {
  id: string;
  name: string;
  email: string;
  seller: { type: SellerType; tax: boolean } | null;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: '111111111111',
    name: 'Acme Consulting',
    email: 'acme@example.com',
    seller: { type: 'ISV', tax: true },
  },
  {
    id: '222222222222',
    name: 'Northwind Partners',
    email: 'northwind@example.com',
    seller: { type: 'CHANNEL_PARTNER', tax: true },
  },
  {
    id: '333333333333',
    name: 'Globex Services',
    email: 'globex@example.com',
    seller: { type: 'ISV', tax: true },
  },
  {
    id: '444444444444',
    name: 'Initech',
    email: 'initech@example.com',
    seller: { type: 'CHANNEL_PARTNER', tax: false },
  },
  {
    id: '555555555555',
    name: 'Contoso Channel',
    email: 'contoso@example.com',
    seller: { type: 'CHANNEL_PARTNER', tax: true },
  },
  { id: '713384441954', name: 'Buyer 713384441954', email: 'buyer713@example.com', seller: null },
  { id: '480189533676', name: 'Buyer 480189533676', email: 'buyer480@example.com', seller: null },
];

export const DEMO_USERS = DEMO_ACCOUNTS.map((a) => ({
  email: a.email,
  accountId: a.id,
  accountName: a.name,
}));

type DemoDimension = {
  key: string;
  displayName: string;
  description: string;
  listUnitCents: number;
};

type DemoProduct = {
  id: string;
  sellerAccountId: string;
  name: string;
  description: string;
  dimensions: DemoDimension[];
};

export const CLOUD_MIGRATION = 'c1d0a7e2-5b1f-4c3a-9e8d-2f6b7a1c0d11';
export const CHANNEL_INTEG = 'f2a79680-451b-44c4-938a-9feda0c400a5';
export const PREMIUM_SUPPORT = '9b2e4c61-7d3a-4f58-b0e9-5a1c2d3e4f22';

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    id: CLOUD_MIGRATION,
    sellerAccountId: '111111111111',
    name: 'Cloud Migration Assessment',
    description:
      'A fixed-scope assessment of your estate and a migration plan, with hands-on workshops.',
    dimensions: [
      {
        key: 'assessment',
        displayName: 'Assessment',
        description: 'Discovery and migration plan',
        listUnitCents: 2_500_000,
      },
      {
        key: 'workshop-day',
        displayName: 'Workshop day',
        description: 'One day of on-site workshop',
        listUnitCents: 199_999,
      },
    ],
  },
  {
    id: CHANNEL_INTEG,
    sellerAccountId: '111111111111',
    name: 'Channel Integ 28',
    description: 'Integration services delivered in installments.',
    dimensions: [
      {
        key: 'pricing-dimension-1',
        displayName: 'Pricing dimension 1',
        description: 'Pricing dimension 1',
        listUnitCents: 100,
      },
    ],
  },
  {
    id: PREMIUM_SUPPORT,
    sellerAccountId: '222222222222',
    name: 'Northwind Premium Support',
    description: 'Named engineers, 1-hour response, quarterly reviews.',
    dimensions: [
      {
        key: 'support-month',
        displayName: 'Support month',
        description: 'One month of premium support',
        listUnitCents: 450_000,
      },
    ],
  },
];

type DemoAuthorization = {
  id: string;
  productId: string;
  resellerAccountId: string;
  pricing:
    | { kind: Extract<AuthorizationPricingKind, 'discount'>; discountPpm: number }
    | {
        kind: Extract<AuthorizationPricingKind, 'custom'>;
        wholesaleUnitCents: Record<string, number>;
      }
    | {
        kind: Extract<AuthorizationPricingKind, 'schedule'>;
        quantity: number;
        installments: { inDays: number; isvCents: number }[];
      };
  contract: ContractKind;
};

export const DEMO_AUTHORIZATIONS: DemoAuthorization[] = [
  // Northwind resells Acme (CP → ISV): the three pricing kinds.
  {
    id: 'resaleauthz-nwdiscount001',
    productId: CLOUD_MIGRATION,
    resellerAccountId: '222222222222',
    pricing: { kind: 'discount', discountPpm: 155_000 },
    contract: 'standard',
  },
  {
    id: 'resaleauthz-nwcustom00001',
    productId: CLOUD_MIGRATION,
    resellerAccountId: '222222222222',
    pricing: {
      kind: 'custom',
      wholesaleUnitCents: { assessment: 2_100_000, 'workshop-day': 170_000 },
    },
    contract: 'custom',
  },
  {
    id: 'resaleauthz-nwschedule001',
    productId: CHANNEL_INTEG,
    resellerAccountId: '222222222222',
    pricing: {
      kind: 'schedule',
      quantity: 1,
      installments: [
        { inDays: 30, isvCents: 50 },
        { inDays: 60, isvCents: 50 },
      ],
    },
    contract: 'none',
  },
  // Globex resells Acme (ISV → ISV) and Northwind (ISV → CP).
  {
    id: 'resaleauthz-gxacme0000001',
    productId: CLOUD_MIGRATION,
    resellerAccountId: '333333333333',
    pricing: { kind: 'discount', discountPpm: 100_000 },
    contract: 'none',
  },
  {
    id: 'resaleauthz-gxnorthwind01',
    productId: PREMIUM_SUPPORT,
    resellerAccountId: '333333333333',
    pricing: { kind: 'custom', wholesaleUnitCents: { 'support-month': 400_000 } },
    contract: 'standard',
  },
  // Initech holds one, but its seller registration lacks tax.
  {
    id: 'resaleauthz-initech000001',
    productId: CLOUD_MIGRATION,
    resellerAccountId: '444444444444',
    pricing: { kind: 'discount', discountPpm: 200_000 },
    contract: 'none',
  },
  // Contoso resells Northwind (CP → CP).
  {
    id: 'resaleauthz-contoso000001',
    productId: PREMIUM_SUPPORT,
    resellerAccountId: '555555555555',
    pricing: { kind: 'discount', discountPpm: 120_000 },
    contract: 'none',
  },
];

/** Authorizations end this many days after the load day. */
export const AUTHORIZATION_DAYS = 90;
