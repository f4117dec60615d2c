// View details (SPEC §7): the offer as extended, its actions, the combined PDF, and its
// history — who did what, when.
import { DateText, Link, type RouteProps, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { OfferSummary } from '../../components/offer-summary';
import { QueryView } from '../../components/query-view';
import { OfferActions } from './offer-actions';

export default function OfferDetailsPage({ params }: RouteProps) {
  const offerId = params.offerId ?? '';
  const trpc = useTRPC();
  const offer = useQuery({
    ...trpc.offers.get.queryOptions({ offerId }),
    refetchInterval: (query) => (query.state.data?.storedStatus === 'PUBLISHING' ? 500 : false),
  });
  const history = useQuery(trpc.offers.history.queryOptions({ offerId }));

  return (
    <QueryView
      query={offer}
      loading="Loading the offer…"
      errorTitle="This offer could not be loaded"
    >
      {(data) => (
        <>
          <p>
            <Link to="/offers">← Manage offers</Link>
          </p>
          <section className="card" aria-labelledby="offer-heading">
            <h2 id="offer-heading">{data.name ?? data.defaultName}</h2>
            <OfferActions offer={data} showDetails={false} />
            {data.failureReason ? <p className="form-error">{data.failureReason}</p> : null}
            {data.authorizationWarning ? (
              <p className="notice notice-warn">{data.authorizationWarning}</p>
            ) : null}
            <OfferSummary offer={data} />
            {data.combinedPdfSha256 ? (
              <p>
                <a href={`/files/offers/${data.id}/eula.pdf`} download>
                  Download the combined EULA PDF
                </a>
              </p>
            ) : null}
            <p className="muted">
              Accepted by {data.acceptedCount} of {data.buyerAccountIds.length} buyer account(s).
            </p>
          </section>
          <section className="card" aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <QueryView
              query={history}
              loading="Loading the history…"
              errorTitle="The history could not be loaded"
              isEmpty={(h) => h.events.length === 0}
              empty={{ title: 'Nothing has happened to this offer yet.' }}
            >
              {(h) => (
                <ol className="timeline">
                  {h.events.map((event) => (
                    <li key={event.id}>
                      <DateText value={event.at} withTime />
                      <span className="timeline-what">{event.description}</span>
                      <span className="sub">
                        {event.actor
                          ? `by ${event.actor.email ?? event.actor.accountId}`
                          : 'by Offerdesk'}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </QueryView>
          </section>
        </>
      )}
    </QueryView>
  );
}
