// The draft being edited: offers.get in the cache, and offers.update writing its answer back
// there, so every step sees what was saved without another request.
import { readFieldErrors, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type StepKey, stepOfField } from './wizard-steps';

export function useSaveDraft(offerId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.offers.update.mutationOptions({
      onSuccess: (offer) => {
        queryClient.setQueryData(trpc.offers.get.queryKey({ offerId }), offer);
        void queryClient.invalidateQueries({ queryKey: trpc.offers.list.queryKey() });
      },
    }),
  );
  return { save, errors: save.error ? readFieldErrors(save.error) : {} };
}

export function useRefreshOffer(offerId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.offers.get.queryKey({ offerId }) });
}

/** The error's sentence when none of its messages belongs to a field of `step`'s form. */
export function stepLevelMessage(
  error: { message: string } | null,
  errors: Record<string, string>,
  step: StepKey,
): string | null {
  if (!error) return null;
  return Object.keys(errors).some((key) => stepOfField(key) === step) ? null : error.message;
}
