// The database as Kysely sees it: `Database` maps each table name to its row type. The row
// types live in one file per domain; column conventions (cents, dates, instants) in columns.ts.
import type {
  AccountTable,
  InvitationTable,
  LoginFailureTable,
  PasswordResetTable,
  SellerBankingTable,
  SellerProfileTable,
  SellerTaxTable,
  SessionTable,
  UserTable,
} from './accounts';
import type { AgreementTable, DisbursementTable, InvoiceTable } from './agreements';
import type {
  AuthorizationDimensionTable,
  AuthorizationInstallmentTable,
  ContractAcceptanceTable,
  ProductDimensionTable,
  ProductTable,
  ResaleAuthorizationTable,
} from './catalog';
import type { NotificationTable } from './notifications';
import type {
  DocumentTable,
  OfferBuyerTable,
  OfferDimensionTable,
  OfferDocumentTable,
  OfferEventTable,
  OfferInstallmentTable,
  OfferTable,
} from './offers';

export type * from './accounts';
export type * from './agreements';
export type * from './catalog';
export type * from './notifications';
export type * from './offers';

export interface Database {
  accounts: AccountTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  seller_profiles: SellerProfileTable;
  seller_tax: SellerTaxTable;
  seller_banking: SellerBankingTable;
  documents: DocumentTable;
  products: ProductTable;
  product_dimensions: ProductDimensionTable;
  resale_authorizations: ResaleAuthorizationTable;
  authorization_dimensions: AuthorizationDimensionTable;
  authorization_installments: AuthorizationInstallmentTable;
  contract_acceptances: ContractAcceptanceTable;
  offers: OfferTable;
  offer_buyers: OfferBuyerTable;
  offer_dimensions: OfferDimensionTable;
  offer_installments: OfferInstallmentTable;
  offer_documents: OfferDocumentTable;
  offer_events: OfferEventTable;
  agreements: AgreementTable;
  invoices: InvoiceTable;
  disbursements: DisbursementTable;
  notifications: NotificationTable;
}
