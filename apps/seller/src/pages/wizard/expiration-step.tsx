// Guide step 7: the offer expiration date. The buyer can accept until 23:59:59 UTC on it;
// core's rules (today or later, within the authorization, at most 3 years, and for FPS at
// most one invoice date on or before it) are checked as the date is picked.
import {
  addYears,
  expirationDateIssues,
  expiryInstant,
  installmentDateIssues,
  latestExpirationForSchedule,
  todayUtc,
} from '@offerdesk/core';
import { formatDate, TextField } from '@offerdesk/ui';
import { type FormEvent, useState } from 'react';
import type { StepProps } from './offer-wizard-page';
import { StepActions } from './step-nav';
import { stepLevelMessage, useSaveDraft } from './use-offer-draft';

function earliest(dates: (string | null)[]): string | undefined {
  return dates.filter((d): d is string => d !== null).sort()[0];
}

export function expirationProblems(offer: StepProps['offer'], date: string): string[] {
  const today = todayUtc(new Date());
  const issues = expirationDateIssues(date, {
    today,
    authorizationExpiresOn: offer.authorization.endsOn,
  });
  if (issues.length === 0 && offer.schedule.length > 0) {
    const scheduleIssues = installmentDateIssues(
      offer.schedule.map((s) => s.invoiceDate),
      { today, expirationDate: date },
    );
    issues.push(...scheduleIssues);
  }
  return [...new Set(issues.map((i) => i.message))];
}

export function ExpirationStep({ offer, onNext, onBack, extendErrors }: StepProps) {
  const { save, errors: saveErrors } = useSaveDraft(offer.id);
  const [date, setDate] = useState(offer.expirationDate ?? '');
  const today = todayUtc(new Date());
  const max = earliest([
    addYears(today, 3),
    offer.authorization.endsOn,
    latestExpirationForSchedule(offer.schedule.map((s) => s.invoiceDate)),
  ]);
  const local = date ? expirationProblems(offer, date) : [];
  const error = local[0] ?? saveErrors.expirationDate ?? extendErrors.expirationDate;
  const general = stepLevelMessage(save.error, saveErrors, 'expiration');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date || local.length > 0) return;
    save.mutate({ offerId: offer.id, expirationDate: date }, { onSuccess: onNext });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="step-heading">Expiration information</h2>
      <p>
        Your buyer can accept the offer from the moment it is published until the end of the
        expiration date, in UTC.
      </p>
      <TextField
        label="Offer expiration date"
        name="expirationDate"
        type="date"
        className="field-narrow"
        min={today}
        max={max}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        hint="Offer expires at 23:59:59 UTC on the date indicated."
        error={error}
        required
      />
      {date && !error ? (
        <p role="status">
          Buyers can accept until{' '}
          <time dateTime={expiryInstant(date).toISOString()}>{formatDate(date)}, 23:59:59 UTC</time>
          .
        </p>
      ) : null}
      {max ? <p className="muted">Latest possible date: {formatDate(max)}.</p> : null}
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      <StepActions onBack={onBack} pending={save.isPending} disabled={!date} />
    </form>
  );
}
