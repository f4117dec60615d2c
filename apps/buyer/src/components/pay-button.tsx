// Pay: records the payment of a DUE invoice. Paying twice returns the first payment (the API
// locks the invoice), and the button is disabled while the call is out.
import { errorMessage, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function PayButton({ invoiceId, label }: { invoiceId: string; label: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pay = useMutation(
    trpc.buyer.invoices.pay.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.buyer.invoices.pathFilter()),
    }),
  );
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-label={label}
        disabled={pay.isPending || pay.isSuccess}
        onClick={() => pay.mutate({ invoiceId })}
      >
        {pay.isPending ? 'Paying…' : 'Pay'}
      </button>
      {pay.isError ? (
        <span className="field-error" role="alert">
          {errorMessage(pay.error)}
        </span>
      ) : null}
    </>
  );
}
