// Partners (guide step 2): the opportunities ISVs granted to this reseller. "Create offer"
// makes a draft and opens the wizard on it; a refusal (registration incomplete, authorization
// used up) is explained here, at the top of the page.

import { errorMessage, useNavigate, useTRPC } from '@offerdesk/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Expiry } from '../components/expiry';
import { Pager } from '../components/pager';
import { QueryView } from '../components/query-view';
import { RegistrationLink, registrationRefusal } from '../components/registration-refusal';
import { Badge } from '../components/status-badge';
import { TableFrame } from '../components/table-frame';
import {
  AUTHORIZATION_STATUS_LABELS,
  AUTHORIZATION_STATUS_TONES,
  buyerRestrictionText,
  CONTRACT_LABELS,
} from '../lib/opportunity-text';
import { useKeysetPages } from '../lib/use-keyset-pages';

export default function PartnersPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const pages = useKeysetPages();
  const list = useQuery(
    trpc.reseller.opportunities.list.queryOptions({ cursor: pages.cursor, limit: 25 }),
  );
  const create = useMutation(
    trpc.offers.createDraft.mutationOptions({
      onSuccess: ({ offerId }) => navigate(`/offers/${offerId}/edit`),
    }),
  );
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (create.error) alert.current?.focus();
  }, [create.error]);

  return (
    <>
      <p>
        Opportunities are the resale authorizations ISVs have granted you. Pick one and choose{' '}
        <strong>Create offer</strong> to build a private offer for your buyers.
      </p>
      {create.error ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={alert}>
          <p>
            <strong>This offer cannot be created yet.</strong> {errorMessage(create.error)}
          </p>
          {registrationRefusal(create.error) ? (
            <p>
              <RegistrationLink />
            </p>
          ) : null}
        </div>
      ) : null}
      <QueryView
        query={list}
        loading="Loading your opportunities…"
        errorTitle="Your opportunities could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={{
          title: 'No ISV has authorized you to resell a product yet.',
          body: <p>When an ISV grants you a resale authorization, it appears here.</p>,
        }}
      >
        {(data) => (
          <>
            <TableFrame label="Opportunities">
              <table className="data-table stack-on-phone">
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col">ISV</th>
                    <th scope="col">Pricing</th>
                    <th scope="col">Reseller contract</th>
                    <th scope="col">Buyers</th>
                    <th scope="col">Ends</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((o) => (
                    <tr key={o.id}>
                      <th scope="row" data-label="Product">
                        {o.product.name}
                        <span className="sub id-text">{o.id}</span>
                      </th>
                      <td data-label="ISV">{o.isv.name}</td>
                      <td className="nowrap" data-label="Pricing">
                        {o.pricing.label}
                      </td>
                      <td data-label="Reseller contract">
                        {CONTRACT_LABELS[o.contract.kind]}
                        {o.contract.kind !== 'none' ? (
                          <span className="sub">
                            {o.contract.acceptedAt ? 'Accepted' : 'Not accepted yet'}
                          </span>
                        ) : null}
                      </td>
                      <td data-label="Buyers">{buyerRestrictionText(o.buyerAccountIds)}</td>
                      <td data-label="Ends">
                        {o.endsOn ? <Expiry date={o.endsOn} /> : 'Until deactivated'}
                      </td>
                      <td data-label="Status">
                        <Badge tone={AUTHORIZATION_STATUS_TONES[o.status]}>
                          {AUTHORIZATION_STATUS_LABELS[o.status]}
                        </Badge>
                      </td>
                      <td data-label="Action">
                        <button
                          type="button"
                          className="button button-small button-main nowrap"
                          disabled={o.status !== 'active' || create.isPending}
                          aria-label={`Create offer from ${o.product.name} (${o.id})`}
                          onClick={() => create.mutate({ authorizationId: o.id })}
                        >
                          Create offer
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <Pager pages={pages} nextCursor={data.nextCursor} label="Opportunities" />
          </>
        )}
      </QueryView>
    </>
  );
}
