import { ConfirmDialog, errorMessage, type RouterOutputs, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Expiry } from '../../components/expiry';
import { Badge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import {
  AUTHORIZATION_STATUS_LABELS,
  AUTHORIZATION_STATUS_TONES,
  AVAILABILITY_LABELS,
  buyerRestrictionText,
  CONTRACT_LABELS,
} from '../../lib/opportunity-text';

type Item = RouterOutputs['isv']['authorizations']['list']['items'][number];

export function AuthorizationsTable({ items }: { items: Item[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Item | null>(null);
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: trpc.isv.authorizations.pathKey() });
  const deactivate = useMutation(
    trpc.isv.authorizations.deactivate.mutationOptions({
      onSuccess: () => {
        setTarget(null);
        void onSuccess();
      },
    }),
  );
  const clone = useMutation(trpc.isv.authorizations.clone.mutationOptions({ onSuccess }));
  return (
    <>
      {clone.error ? (
        <p className="form-error" role="alert">
          {errorMessage(clone.error)}
        </p>
      ) : null}
      {clone.data ? (
        <p className="notice notice-ok" role="status">
          Cloned into <span className="id-text">{clone.data.authorizationId}</span>.
        </p>
      ) : null}
      <TableFrame label="Resale authorizations">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Reseller</th>
              <th scope="col">Pricing</th>
              <th scope="col">Contract</th>
              <th scope="col">Buyers</th>
              <th scope="col">Availability</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.product.name}
                  <span className="sub id-text">{a.id}</span>
                </th>
                <td>
                  {a.reseller.name}
                  <span className="sub id-text">{a.reseller.accountId}</span>
                </td>
                <td className="nowrap">{a.pricing.label}</td>
                <td>
                  {CONTRACT_LABELS[a.contract.kind]}
                  {a.contract.kind !== 'none' ? (
                    <span className="sub">
                      <a href={`/files/authorizations/${a.id}/contract.pdf`} download>
                        Download<span className="visually-hidden"> the contract of {a.id}</span>
                      </a>
                    </span>
                  ) : null}
                </td>
                <td>{buyerRestrictionText(a.buyerAccountIds)}</td>
                <td>
                  {AVAILABILITY_LABELS[a.availability]}
                  {a.endsOn ? (
                    <div>
                      <Expiry date={a.endsOn} />
                    </div>
                  ) : null}
                </td>
                <td>
                  <Badge tone={AUTHORIZATION_STATUS_TONES[a.status]}>
                    {AUTHORIZATION_STATUS_LABELS[a.status]}
                  </Badge>
                </td>
                <td className="actions-cell">
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Clone ${a.id}`}
                      disabled={clone.isPending}
                      onClick={() => clone.mutate({ authorizationId: a.id })}
                    >
                      Clone
                    </button>
                    {a.status !== 'deactivated' ? (
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={`Deactivate ${a.id}`}
                        onClick={() => setTarget(a)}
                      >
                        Deactivate
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <ConfirmDialog
        open={target !== null}
        title="Deactivate this authorization?"
        confirmLabel="Deactivate"
        cancelLabel="Keep it active"
        danger
        pending={deactivate.isPending}
        error={deactivate.error ? errorMessage(deactivate.error) : null}
        onConfirm={() => target && deactivate.mutate({ authorizationId: target.id })}
        onClose={() => setTarget(null)}
      >
        <p>
          {target?.reseller.name} can no longer make offers from it, and drafts made from it cannot
          be extended. Offers already published stand.
        </p>
      </ConfirmDialog>
    </>
  );
}
