// The numeric bounds of SPEC §3 and §4 in one place, so forms, server and database checks
// quote the same figures.

/** Parts per million in a whole: 100 % = 1,000,000 ppm. */
export const PPM = 1_000_000;
/** Largest amount in cents any figure may reach: beyond it a JS number loses whole cents. */
export const MAX_CENTS = Number.MAX_SAFE_INTEGER;
/** List, wholesale and buyer unit prices: at most 10,000,000.00. */
export const MAX_UNIT_CENTS = 1_000_000_000;
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 1_000_000;
export const MAX_DIMENSIONS = 24;
export const MAX_DISCOUNT_PPM = PPM;
/** Markup up to 1000 %. */
export const MAX_MARKUP_PPM = 10 * PPM;
export const MAX_INSTALLMENTS = 60;
export const MAX_BUYERS = 25;
export const MAX_OFFER_NAME_LENGTH = 150;
export const MAX_EXPIRATION_YEARS = 3;
export const MAX_DOCUMENT_BYTES = 10_485_760;
export const MAX_ADDITIONAL_DOCUMENTS = 5;
/** SPEC §9: 3 % private-offer tier plus 0.5 % for channel offers. */
export const DEFAULT_LISTING_FEE_PPM = 35_000;
/** Passwords (SPEC §12): long enough to resist guessing; the upper bound caps hashing work. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1024;
/** Invitation and password-reset links (issue 10). */
export const INVITATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_MINUTES = 60;
