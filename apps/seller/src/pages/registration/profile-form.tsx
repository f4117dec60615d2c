// Part 1, the public profile: the name and description buyers and partners see, and whether
// this seller is an ISV or a channel partner (the rules are the same; SPEC §1).
import { type SellerType, sellerProfileSchema } from '@offerdesk/core';
import { FormAlert, TextField } from '@offerdesk/ui';
import { useState } from 'react';
import { CheckField, TextAreaField } from '../../components/fields';
import { PartHeading, SaveRow } from './part-frame';
import { type Registration, usePartForm } from './use-registration';

const FIELDS = ['publicName', 'description', 'sellerType'] as const;

const SELLER_TYPE_LABELS: Record<SellerType, { label: string; hint: string }> = {
  ISV: { label: 'ISV', hint: 'You publish your own professional-services products.' },
  CHANNEL_PARTNER: {
    label: 'Channel partner',
    hint: 'You mainly resell the products of other sellers.',
  },
};

export function ProfileForm({ saved }: { saved: Registration['profile'] }) {
  const [publicName, setPublicName] = useState(saved?.publicName ?? '');
  const [description, setDescription] = useState(saved?.description ?? '');
  const [sellerType, setSellerType] = useState<SellerType | ''>(saved?.sellerType ?? '');
  const { feedback, errors, submit, done, pending } = usePartForm({
    schema: sellerProfileSchema,
    value: { publicName, description, sellerType },
    fields: FIELDS,
    toUpdate: (profile) => ({ part: 'profile', ...profile }),
    onSaved: (registration) => {
      setPublicName(registration.profile?.publicName ?? publicName);
      setDescription(registration.profile?.description ?? description);
    },
  });

  return (
    <section className="card" aria-labelledby="profile-heading">
      <PartHeading part="profile" complete={saved !== null} />
      <p className="muted">Shown to buyers on product pages and offers, and to your partners.</p>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef} noValidate>
        <TextField
          label="Public name"
          className="field-medium"
          maxLength={100}
          autoComplete="organization"
          {...feedback.bind('publicName', publicName, setPublicName, errors.publicName)}
        />
        <TextAreaField
          label="Description"
          rows={3}
          maxLength={2000}
          hint="Optional; at most 2,000 characters."
          {...feedback.bind('description', description, setDescription, errors.description)}
        />
        <fieldset
          className="choices"
          aria-describedby={errors.sellerType ? 'type-error' : undefined}
        >
          <legend>Type of seller</legend>
          {(Object.keys(SELLER_TYPE_LABELS) as SellerType[]).map((type) => (
            <CheckField
              key={type}
              type="radio"
              name="sellerType"
              label={SELLER_TYPE_LABELS[type].label}
              hint={SELLER_TYPE_LABELS[type].hint}
              checked={sellerType === type}
              aria-invalid={errors.sellerType ? true : undefined}
              onChange={() => {
                setSellerType(type);
                feedback.edited('sellerType');
              }}
            />
          ))}
          {errors.sellerType ? (
            <p id="type-error" className="field-error">
              {errors.sellerType}
            </p>
          ) : null}
        </fieldset>
        <SaveRow pending={pending} done={done} label="Save public profile" />
      </form>
    </section>
  );
}
