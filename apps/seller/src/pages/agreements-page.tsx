// Agreements (SPEC §7, §9): every agreement from this seller's offers, the moment a buyer
// accepts; as ISV, agreements on its products sold by resellers, with its own amounts only.
import { DateText, Money, TextField, useTRPC } from '@offerdesk/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Pager } from '../components/pager';
import { QueryView } from '../components/query-view';
import { RoleSwitch, type SellerRole } from '../components/role-switch';
import { TableFrame } from '../components/table-frame';
import { useKeysetPages } from '../lib/use-keyset-pages';

export default function AgreementsPage() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const [role, setRole] = useState<SellerRole>('reseller');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const list = useQuery({
    ...trpc.agreements.list.queryOptions({
      role,
      cursor: pages.cursor,
      limit: 25,
      ...(search ? { search } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim());
    pages.reset();
  };

  return (
    <>
      <p className="muted">Agreements show here the moment a buyer accepts an offer.</p>
      <RoleSwitch
        role={role}
        label="Agreements side"
        onChange={(next) => {
          setRole(next);
          pages.reset();
        }}
      />
      <form className="toolbar" onSubmit={submit}>
        <TextField
          label="Search agreements"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Offer ID, name or buyer ID"
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <QueryView
        query={list}
        loading="Loading agreements…"
        errorTitle="Agreements could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={{
          title:
            role === 'reseller'
              ? 'No buyer has accepted one of your offers yet.'
              : 'No reseller has sold your products yet.',
        }}
      >
        {(data) => (
          <>
            <TableFrame label="Agreements">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Agreement</th>
                    <th scope="col">Offer</th>
                    <th scope="col">Product</th>
                    <th scope="col">Buyer</th>
                    <th scope="col">{role === 'reseller' ? 'ISV' : 'Sold by'}</th>
                    <th scope="col">Accepted</th>
                    {role === 'reseller' ? (
                      <>
                        <th scope="col" className="num">
                          From buyer
                        </th>
                        <th scope="col" className="num">
                          To ISV
                        </th>
                        <th scope="col" className="num">
                          To you
                        </th>
                      </>
                    ) : (
                      <th scope="col" className="num">
                        Your amount
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <tr key={a.id}>
                      <th scope="row" className="id-text nowrap">
                        {a.id}
                      </th>
                      <td>
                        {a.offerName}
                        <span className="sub id-text">{a.offerId}</span>
                      </td>
                      <td>{a.product.name}</td>
                      <td className="id-text">{a.buyerAccountId}</td>
                      <td>{a.role === 'reseller' ? a.isv.name : a.soldBy.name}</td>
                      <td className="nowrap">
                        <DateText value={a.acceptedAt} withTime />
                      </td>
                      {a.role === 'reseller' ? (
                        <>
                          <td className="num">
                            <Money cents={a.totals.buyerCents} />
                          </td>
                          <td className="num">
                            <Money cents={a.totals.isvCents} />
                          </td>
                          <td className="num">
                            <Money cents={a.totals.resellerCents} />
                          </td>
                        </>
                      ) : (
                        <td className="num">
                          <Money cents={a.isvTotalCents} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <Pager pages={pages} nextCursor={data.nextCursor} label="Agreements" />
          </>
        )}
      </QueryView>
    </>
  );
}
