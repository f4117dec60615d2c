// Resale authorizations (SPEC §7, ISV side): what this ISV granted to resellers. An
// authorization is never edited: deactivate it, or clone it into a new one.
import { Link, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { Pager } from '../../components/pager';
import { QueryView } from '../../components/query-view';
import { useKeysetPages } from '../../lib/use-keyset-pages';
import { AuthorizationsTable } from './authorizations-table';

export default function AuthorizationsPage() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const list = useQuery(
    trpc.isv.authorizations.list.queryOptions({ cursor: pages.cursor, limit: 25 }),
  );
  return (
    <>
      <div className="toolbar">
        <p className="muted">
          Let resellers sell your products. Offers already made from an authorization stand when you
          deactivate it.
        </p>
        <Link className="button button-main toolbar-end" to="/authorizations/new">
          New authorization
        </Link>
      </div>
      <QueryView
        query={list}
        loading="Loading your authorizations…"
        errorTitle="Your authorizations could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: 'You have not authorized a reseller yet.' }}
      >
        {(data) => (
          <>
            <AuthorizationsTable items={data.items} />
            <Pager pages={pages} nextCursor={data.nextCursor} label="Authorizations" />
          </>
        )}
      </QueryView>
    </>
  );
}
