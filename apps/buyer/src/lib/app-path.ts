// Links the API hands out are whole paths ("/buyer/offers/offer-…", as in the email); the
// router's <Link> wants the path inside the app ("/offers/offer-…").
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export function toAppPath(link: string): string {
  return link.startsWith(`${BASE}/`) ? link.slice(BASE.length) : link;
}

export const offerPath = (offerId: string) => `/offers/${encodeURIComponent(offerId)}`;
export const productPath = (productId: string) => `/catalog/${encodeURIComponent(productId)}`;
