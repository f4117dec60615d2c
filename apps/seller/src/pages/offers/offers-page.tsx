// Manage offers (SPEC §7, guide step 10): every offer of this reseller, filtered by status,
// searched by offer ID, name or buyer ID, sorted by creation or expiry, in keyset pages.
import { OFFER_DISPLAY_STATUSES, type OfferDisplayStatus } from '@offerdesk/core';
import { Link, TextField, useTRPC } from '@offerdesk/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/fields';
import { Pager } from '../../components/pager';
import { QueryView } from '../../components/query-view';
import { STATUS_LABELS } from '../../lib/offer-status';
import { useKeysetPages } from '../../lib/use-keyset-pages';
import { OffersTable } from './offers-table';

const SORTS = {
  'created-desc': { sort: 'created', direction: 'desc', label: 'Newest first' },
  'created-asc': { sort: 'created', direction: 'asc', label: 'Oldest first' },
  'expiration-asc': { sort: 'expiration', direction: 'asc', label: 'Expiring soonest' },
  'expiration-desc': { sort: 'expiration', direction: 'desc', label: 'Expiring latest' },
} as const;
type SortKey = keyof typeof SORTS;

export default function OffersPage() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const [status, setStatus] = useState<OfferDisplayStatus | ''>('');
  const [sortKey, setSortKey] = useState<SortKey>('created-desc');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const { sort, direction } = SORTS[sortKey];
  const list = useQuery({
    ...trpc.offers.list.queryOptions({
      cursor: pages.cursor,
      limit: 25,
      sort,
      direction,
      ...(status ? { status } : {}),
      ...(search ? { search } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(searchText.trim());
    pages.reset();
  };
  const filtered = status !== '' || search !== '';

  return (
    <>
      <div className="toolbar">
        <p className="muted">Your private offers, from draft to accepted.</p>
        <Link className="button button-main toolbar-end" to="/partners">
          Create an offer
        </Link>
      </div>
      <div className="toolbar">
        <form className="toolbar" onSubmit={submitSearch}>
          <TextField
            label="Search"
            type="search"
            name="search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            placeholder="Offer ID, name or buyer ID"
          />
          <button type="submit" className="button">
            Search
          </button>
        </form>
        <SelectField
          label="Status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as OfferDisplayStatus | '');
            pages.reset();
          }}
        >
          <option value="">All statuses</option>
          {OFFER_DISPLAY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Sort"
          value={sortKey}
          onChange={(event) => {
            setSortKey(event.target.value as SortKey);
            pages.reset();
          }}
        >
          {Object.entries(SORTS).map(([key, s]) => (
            <option key={key} value={key}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryView
        query={list}
        loading="Loading your offers…"
        errorTitle="Your offers could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={
          filtered
            ? { title: 'No offer matches this search or filter.' }
            : {
                title: 'You have not created an offer yet.',
                body: (
                  <p>
                    Go to <Link to="/partners">Partners</Link>, pick an opportunity and choose
                    Create offer.
                  </p>
                ),
              }
        }
      >
        {(data) => (
          <>
            <OffersTable offers={data.items} />
            <Pager pages={pages} nextCursor={data.nextCursor} label="Offers" />
          </>
        )}
      </QueryView>
    </>
  );
}
