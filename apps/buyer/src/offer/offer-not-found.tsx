import { Link } from '@offerdesk/ui';

/**
 * Unknown, never published, or extended to other accounts: all read the same, so nobody
 * learns that an offer they were not given exists (SPEC §8).
 */
export function OfferNotFound({ offerId }: { offerId: string }) {
  return (
    <section className="card" aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Offer not found</h2>
      <p>
        There is no offer <span className="mono">{offerId}</span> for your account. Check the link
        or the offer ID the seller sent you, and that you are signed in to the account the offer was
        extended to.
      </p>
      <p>
        <Link to="/offers">Go to Private offers</Link>
      </p>
    </section>
  );
}
