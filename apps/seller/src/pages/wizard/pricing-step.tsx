// Guide steps 4–5: MARKUP on every unit price or installment, or (FPS only) FIXED PRICE buyer
// amounts per installment; quantities; and a live preview from core's priceOffer.
import { formatPercent, pricingMessages } from '@offerdesk/core';
import { TextField } from '@offerdesk/ui';
import { type FormEvent, useState } from 'react';
import { CheckField } from '../../components/fields';
import { PricingTables } from '../../components/pricing-tables';
import type { StepProps } from './offer-wizard-page';
import { initialPricingFields, type PricingFields, parsePricing } from './pricing-form';
import { PricingInputs } from './pricing-inputs';
import { StepActions } from './step-nav';
import { stepLevelMessage, useSaveDraft } from './use-offer-draft';

const KIND_WORDS = {
  discount: 'a discount off list',
  custom: 'custom wholesale prices',
  schedule: 'a payment schedule (FPS)',
} as const;

export function PricingStep({ offer, onNext, onBack, extendErrors }: StepProps) {
  const { save, errors: saveErrors } = useSaveDraft(offer.id);
  const [fields, setFields] = useState<PricingFields>(() => initialPricingFields(offer));
  const [touched, setTouched] = useState(offer.pricing !== null);
  const parsed = parsePricing(offer, fields);
  const errors = { ...extendErrors, ...saveErrors, ...(touched ? parsed.errors : {}) };
  const schedule = offer.authorization.paymentSchedule;
  const set = (patch: Partial<PricingFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    setTouched(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!parsed.pricing || !parsed.dimensions || !parsed.preview) return;
    save.mutate(
      { offerId: offer.id, pricing: parsed.pricing, dimensions: parsed.dimensions },
      { onSuccess: onNext },
    );
  };
  const general = stepLevelMessage(save.error, saveErrors, 'pricing');

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="step-heading">Pricing</h2>
      <p>
        {offer.isv.name} authorized this product with{' '}
        {offer.authorization.pricingKind === 'discount'
          ? `${formatPercent(offer.authorization.discountPpm ?? 0)} off the list price`
          : KIND_WORDS[offer.authorization.pricingKind]}
        . Set the price to your buyer.
      </p>
      <fieldset className="choices">
        <legend>Price adjustment</legend>
        <CheckField
          type="radio"
          name="mode"
          label="MARKUP: add a percentage to the wholesale cost"
          checked={fields.mode === 'MARKUP'}
          onChange={() => set({ mode: 'MARKUP' })}
        />
        {schedule ? (
          <CheckField
            type="radio"
            name="mode"
            label="FIXED PRICE: enter the buyer amount of each payment"
            checked={fields.mode === 'FIXED_PRICE'}
            onChange={() => set({ mode: 'FIXED_PRICE' })}
          />
        ) : null}
        <p className="field-hint">
          DISCOUNT is not an option for professional services resale.
          {schedule ? '' : ' FIXED PRICE is only for opportunities with a payment schedule.'}
        </p>
      </fieldset>
      {fields.mode === 'MARKUP' ? (
        <TextField
          label="Markup (%)"
          name="markup"
          className="field-narrow"
          inputMode="decimal"
          value={fields.markup}
          onChange={(event) => set({ markup: event.target.value })}
          hint="Up to 4 decimals, e.g. 7.25. Applied to each unit price or installment, rounded half up to the cent."
          error={errors['pricing.markupPpm'] ?? errors['pricing.mode'] ?? errors.pricing}
        />
      ) : null}
      <PricingInputs offer={offer} fields={fields} errors={errors} onChange={set} />
      <h3>Live preview</h3>
      <div aria-live="polite">
        {parsed.preview ? (
          <PricingTables pricing={parsed.preview} dimensions={offer.dimensions} caption="Preview" />
        ) : (
          <p className="muted">
            {touched && errors['pricing.buyerCents']
              ? errors['pricing.buyerCents']
              : fields.mode === 'MARKUP'
                ? 'Enter the markup to see the prices your buyer will pay.'
                : pricingMessages.buyerAmountCount(offer.schedule.length)}
          </p>
        )}
      </div>
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      <StepActions onBack={onBack} pending={save.isPending} />
    </form>
  );
}
