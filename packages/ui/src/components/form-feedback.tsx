// How a form shows the server's refusal: each message at the field its path names (until that
// field is edited), or one alert above the form when no field of the form is named. Focus moves
// to the first field in error, or to the alert, so keyboard and screen-reader users hear it.
import { type ChangeEvent, type Ref, useEffect, useRef, useState } from 'react';
import { errorMessage, readFieldErrors } from '../errors';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function useServerFeedback<F extends string>(
  error: unknown,
  fields: readonly F[],
  /** Called on every edit, e.g. to hide a "Saved" note. */
  onEdit?: () => void,
) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  const all = error ? readFieldErrors(error) : {};
  const atFields: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const message = all[field];
    if (message && !edited.has(field)) atFields[field] = message;
  }
  const named = fields.some((field) => all[field]);
  const general = error && !named ? errorMessage(error) : null;

  useEffect(() => {
    setEdited(new Set());
    if (!error) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [error]);

  const markEdited = (field: F) => {
    onEdit?.();
    setEdited((before) => new Set(before).add(field));
  };

  return {
    formRef,
    alertRef,
    /** The server's message per field of this form. */
    errors: atFields,
    /** The message when it names no field of this form. */
    general,
    /** Every message by field key, this form's fields or not (e.g. "token"). */
    issues: all,
    /**
     * A text field's props: its value, its message (`error` overrides the server's, e.g. the
     * form's own check), and an onChange that stores the text and retires the server's message.
     */
    bind: (field: F, value: string, set: (value: string) => void, error?: string) => ({
      name: field,
      value,
      error: error ?? atFields[field],
      onChange: (event: ChangeEvent<Editable>) => {
        set(event.target.value);
        markEdited(field);
      },
    }),
    /** For inputs that are not text (radios): the person changed `field`. */
    edited: markEdited,
  };
}

export function FormAlert({
  message,
  alertRef,
}: {
  message: string | null;
  alertRef: Ref<HTMLDivElement>;
}) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert" tabIndex={-1} ref={alertRef}>
      {message}
    </div>
  );
}
