// Way 1 of finding an offer (SPEC §8): the offers extended to this account, in two tabs, and
// way 4, Go to offer by ID. The tab is in the address (?tab=closed) so Back and links keep it.
import { EmptyState, useLocation, useNavigate, useTRPC } from '@offerdesk/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { GoToOffer } from '../components/go-to-offer';
import { OfferList } from '../components/offer-list';
import { PagedList } from '../components/paged-list';
import { Tabs } from '../components/tabs';

type TabId = 'available' | 'closed';

const TABS: { id: TabId; label: string }[] = [
  { id: 'available', label: 'Available' },
  { id: 'closed', label: 'Accepted & expired' },
];

export default function PrivateOffersPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const tab: TabId = search.get('tab') === 'closed' ? 'closed' : 'available';
  return (
    <>
      <p className="lede">The private offers sellers extended to your account.</p>
      <GoToOffer />
      <Tabs
        idBase="offers"
        label="Private offers"
        tabs={TABS}
        selected={tab}
        onSelect={(id) =>
          navigate(id === 'closed' ? '/offers?tab=closed' : '/offers', { replace: true })
        }
      >
        <OffersTab tab={tab} />
      </Tabs>
    </>
  );
}

function OffersTab({ tab }: { tab: TabId }) {
  const trpc = useTRPC();
  const offers = useInfiniteQuery(
    trpc.buyer.offers.list.infiniteQueryOptions(
      { tab: tab === 'closed' ? 'accepted_and_expired' : 'available', limit: 25 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  return (
    <PagedList
      query={offers}
      loadingLabel="Loading your private offers…"
      empty={
        tab === 'available' ? (
          <EmptyState title="No offers to accept right now.">
            <p>
              When a seller extends a private offer to your account, it shows here and you get an
              email.
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No accepted, expired or cancelled offers yet." />
        )
      }
    >
      {(items) => (
        <OfferList
          offers={items}
          caption={
            tab === 'available' ? 'Available offers' : 'Accepted, expired and cancelled offers'
          }
        />
      )}
    </PagedList>
  );
}
