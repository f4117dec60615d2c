// Guide step 3 (second half): the buyers' account IDs, checked as you type with core's rules,
// the FPS checkbox, and the offer's name.
import {
  defaultOfferName,
  offerNameSchema,
  parseBuyerIdList,
  validateBuyerIds,
} from '@offerdesk/core';
import { TextField, useSession } from '@offerdesk/ui';
import { type FormEvent, useState } from 'react';
import { CheckField, TextAreaField } from '../../components/fields';
import type { StepProps } from './offer-wizard-page';
import { StepActions } from './step-nav';
import { stepLevelMessage, useSaveDraft } from './use-offer-draft';

/** "713384441954: message" lines for the textarea's error, from core's or the server's issues. */
function buyerMessages(ids: string[], issues: { path: (string | number)[]; message: string }[]) {
  return issues.map(({ path, message }) => {
    const id = typeof path[0] === 'number' ? ids[path[0]] : undefined;
    return id !== undefined && !message.includes(id) ? `"${id}": ${message}` : message;
  });
}

export function BuyersStep({ offer, onNext, onBack, extendErrors }: StepProps) {
  const { account } = useSession();
  const { save, errors: saveErrors } = useSaveDraft(offer.id);
  const [text, setText] = useState(offer.buyerAccountIds.join('\n'));
  const [name, setName] = useState(offer.name ?? '');
  const [touched, setTouched] = useState(offer.buyerAccountIds.length > 0);
  const ids = parseBuyerIdList(text);
  const rules = {
    sellerAccountId: account.id,
    allowedBuyerIds: offer.authorization.buyerAccountIds,
  };
  const localIssues = touched ? validateBuyerIds(ids, rules) : [];
  const server = { ...extendErrors, ...saveErrors };
  const serverBuyerIssues = Object.entries(server)
    .filter(([key]) => key.startsWith('buyerAccountIds'))
    .map(([key, message]) => {
      const index = Number(key.split('.')[1]);
      return { path: Number.isInteger(index) ? [index] : [], message };
    });
  const shown = buyerMessages(ids, localIssues.length > 0 ? localIssues : serverBuyerIssues);
  const nameCheck = name.trim() === '' ? null : offerNameSchema.safeParse(name);
  const nameError = nameCheck?.error?.issues[0]?.message ?? server.name;
  const fallbackName = defaultOfferName({ buyerIds: ids, productName: offer.product.name });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (validateBuyerIds(ids, rules).length > 0 || nameCheck?.error) return;
    save.mutate(
      { offerId: offer.id, buyerAccountIds: ids, name: name.trim() === '' ? null : name.trim() },
      { onSuccess: onNext },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="step-heading">Buyers</h2>
      <TextAreaField
        label="Buyer account IDs"
        name="buyerAccountIds"
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setTouched(true);
          save.reset();
        }}
        hint={
          offer.authorization.buyerAccountIds.length > 0
            ? `12-digit account IDs, one per line or separated by commas (up to 25). This opportunity allows only: ${offer.authorization.buyerAccountIds.join(', ')}.`
            : '12-digit account IDs, one per line or separated by commas (up to 25).'
        }
        error={shown.length > 0 ? shown.join(' · ') : undefined}
      />
      {ids.length > 0 && shown.length === 0 ? (
        <p className="muted" role="status">
          {ids.length === 1 ? '1 buyer account' : `${ids.length} buyer accounts`}
        </p>
      ) : null}
      <CheckField
        label="Enable fixed units and allow buyers to pay for this product in installments"
        checked={offer.authorization.paymentSchedule}
        disabled
        readOnly
        hint={
          offer.authorization.paymentSchedule
            ? 'This opportunity has a payment schedule (FPS): the units are fixed and buyers pay in installments.'
            : 'This opportunity has no payment schedule: buyers pay the total on acceptance.'
        }
      />
      <TextField
        label="Custom offer name (optional)"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={fallbackName}
        hint={`Buyers see this name. Left empty, the offer is named "${fallbackName}".`}
        error={nameError}
        maxLength={300}
      />
      {stepLevelMessage(save.error, saveErrors, 'buyers') ? (
        <p className="form-error" role="alert">
          {stepLevelMessage(save.error, saveErrors, 'buyers')}
        </p>
      ) : null}
      <StepActions onBack={onBack} pending={save.isPending} />
    </form>
  );
}
