// Way 4 of finding an offer (SPEC §8): the seller sent its ID. The ID's form is checked with
// core's schema as the server does; buyer.offers.findById then says whether this account has
// it, and its answer seeds the offer page so it opens at once.
import { offerIdSchema } from '@offerdesk/core';
import {
  errorMessage,
  httpStatusOf,
  readFieldErrors,
  TextField,
  useNavigate,
  useTRPC,
} from '@offerdesk/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { offerPath } from '../lib/app-path';

export function GoToOffer() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = offerIdSchema.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setPending(true);
    try {
      const offer = await queryClient.fetchQuery(
        trpc.buyer.offers.findById.queryOptions({ offerId: parsed.data }),
      );
      queryClient.setQueryData(trpc.buyer.offers.get.queryKey({ offerId: offer.offerId }), offer);
      navigate(offerPath(offer.offerId));
    } catch (failure) {
      setError(
        httpStatusOf(failure) === 404
          ? `No offer ${parsed.data} was extended to your account. Check the ID with the seller.`
          : (readFieldErrors(failure).offerId ?? errorMessage(failure)),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby="go-to-offer-heading">
      <h2 id="go-to-offer-heading">Go to offer</h2>
      <p className="lede">Open an offer by the ID the seller sent you, like offer-gen3xseo3tfgz.</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <TextField
          label="Offer ID"
          name="offerId"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            if (error) setError(undefined);
          }}
          error={error}
        />
        <button type="submit" className="button button-inline" disabled={pending}>
          {pending ? 'Finding…' : 'Go to offer'}
        </button>
      </form>
    </section>
  );
}
