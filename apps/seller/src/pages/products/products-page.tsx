// Products (SPEC §7, ISV side): this seller's professional-services products.
import { DateText, Link, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { Pager } from '../../components/pager';
import { QueryView } from '../../components/query-view';
import { Badge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { useKeysetPages } from '../../lib/use-keyset-pages';

export default function ProductsPage() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const list = useQuery(trpc.isv.products.list.queryOptions({ cursor: pages.cursor, limit: 25 }));
  return (
    <>
      <div className="toolbar">
        <p className="muted">
          Your professional-services products: list them here, then authorize resellers to sell
          them.
        </p>
        <Link className="button button-main toolbar-end" to="/products/new">
          New product
        </Link>
      </div>
      <QueryView
        query={list}
        loading="Loading your products…"
        errorTitle="Your products could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: 'You have not listed a product yet.' }}
      >
        {(data) => (
          <>
            <TableFrame label="Products">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col">Description</th>
                    <th scope="col" className="num">
                      Dimensions
                    </th>
                    <th scope="col">EULA</th>
                    <th scope="col">Updated</th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        {p.name}
                        <span className="sub id-text">{p.id}</span>
                      </th>
                      <td>{p.description}</td>
                      <td className="num">{p.dimensionCount}</td>
                      <td>
                        {p.hasEula ? (
                          <Badge tone="ok">Uploaded</Badge>
                        ) : (
                          <Badge tone="busy">Missing</Badge>
                        )}
                      </td>
                      <td className="nowrap">
                        <DateText value={p.updatedAt} />
                      </td>
                      <td>
                        <Link
                          className="button button-small"
                          to={`/products/${p.id}`}
                          aria-label={`Edit ${p.name}`}
                        >
                          Edit
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <Pager pages={pages} nextCursor={data.nextCursor} label="Products" />
          </>
        )}
      </QueryView>
    </>
  );
}
