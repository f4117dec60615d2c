// Form fields beside the shared TextField: the same label / hint / error wiring, so every
// message is read with its field by screen readers.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

type Described = { label: string; hint?: ReactNode; error?: string | undefined };

function useDescribed(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Hint({ hint, id }: { hint: ReactNode; id: string | undefined }) {
  return hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ error, id }: { error: string | undefined; id: string | undefined }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & Described;

export function TextAreaField({ label, hint, error, className, ...rest }: TextAreaProps) {
  const d = useDescribed(hint, error);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={d.id}>{label}</label>
      <Hint hint={hint} id={d.hintId} />
      <textarea
        id={d.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...rest}
      />
      <ErrorText error={error} id={d.errorId} />
    </div>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & Described;

export function SelectField({ label, hint, error, className, children, ...rest }: SelectProps) {
  const d = useDescribed(hint, error);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={d.id}>{label}</label>
      <Hint hint={hint} id={d.hintId} />
      <select
        id={d.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...rest}
      >
        {children}
      </select>
      <ErrorText error={error} id={d.errorId} />
    </div>
  );
}

type CheckProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> &
  Described & { type?: 'checkbox' | 'radio' };

/** A checkbox or radio with its label beside it. */
export function CheckField({ label, hint, error, type = 'checkbox', ...rest }: CheckProps) {
  const d = useDescribed(hint, error);
  return (
    <div className="check">
      <input
        id={d.id}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...rest}
      />
      <div>
        <label htmlFor={d.id}>{label}</label>
        <Hint hint={hint} id={d.hintId} />
        <ErrorText error={error} id={d.errorId} />
      </div>
    </div>
  );
}
