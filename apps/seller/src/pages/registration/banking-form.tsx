// Part 3, banking: the USD bank account disbursements go to. Once saved, only the last 4 digits
// come back from the server ("•••• 6789"); changing it means typing the numbers again.
import { sellerBankingSchema } from '@offerdesk/core';
import { FormAlert, TextField } from '@offerdesk/ui';
import { useEffect, useState } from 'react';
import { PartHeading, SaveRow } from './part-frame';
import { type Registration, usePartForm } from './use-registration';

const FIELDS = ['accountHolder', 'routingNumber', 'accountNumber'] as const;

export function BankingForm({ saved }: { saved: Registration['banking'] }) {
  const [editing, setEditing] = useState(saved === null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    // The form that had focus is gone; continue from the part's heading.
    if (done) document.getElementById('banking-heading')?.focus();
  }, [done]);
  return (
    <section className="card" aria-labelledby="banking-heading">
      <PartHeading part="banking" complete={saved !== null} />
      <p className="muted">
        A US bank account in USD, where Offerdesk would send your disbursements. Offerdesk checks
        the numbers' form; no money moves.
      </p>
      {saved && !editing ? (
        <>
          <dl className="facts">
            <dt>Account holder</dt>
            <dd>{saved.accountHolder}</dd>
            <dt>Routing number</dt>
            <dd className="id-text">{saved.routingNumberMasked}</dd>
            <dt>Account number</dt>
            <dd className="id-text">{saved.accountNumberMasked}</dd>
          </dl>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                setDone(false);
                setEditing(true);
              }}
            >
              Change banking details
            </button>
            <span role="status" className="copy-status">
              {done ? 'Saved' : ''}
            </span>
          </div>
        </>
      ) : (
        <BankingFields
          accountHolder={saved?.accountHolder ?? ''}
          onCancel={saved ? () => setEditing(false) : null}
          onSaved={() => {
            setDone(true);
            setEditing(false);
          }}
        />
      )}
    </section>
  );
}

function BankingFields({
  accountHolder: initialHolder,
  onCancel,
  onSaved,
}: {
  accountHolder: string;
  onCancel: (() => void) | null;
  onSaved: () => void;
}) {
  const [accountHolder, setAccountHolder] = useState(initialHolder);
  const [routingNumber, setRoutingNumber] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const { feedback, errors, submit, pending } = usePartForm({
    schema: sellerBankingSchema,
    value: { accountHolder, routingNumber, accountNumber },
    fields: FIELDS,
    toUpdate: (banking) => ({ part: 'banking', ...banking }),
    onSaved,
  });

  return (
    <>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef} noValidate>
        <TextField
          label="Account holder"
          className="field-medium"
          autoComplete="off"
          maxLength={100}
          {...feedback.bind('accountHolder', accountHolder, setAccountHolder, errors.accountHolder)}
        />
        <TextField
          label="Routing number"
          className="field-narrow"
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          hint="The bank's 9-digit ABA routing number."
          {...feedback.bind('routingNumber', routingNumber, setRoutingNumber, errors.routingNumber)}
        />
        <TextField
          label="Account number"
          className="field-narrow"
          inputMode="numeric"
          autoComplete="off"
          maxLength={17}
          hint="4 to 17 digits. Shown afterwards as its last 4 digits only."
          {...feedback.bind('accountNumber', accountNumber, setAccountNumber, errors.accountNumber)}
        />
        <SaveRow pending={pending} done={false} label="Save banking details">
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              Keep the saved account
            </button>
          ) : null}
        </SaveRow>
      </form>
    </>
  );
}
