// A modal built on <dialog>: showModal() gives focus trapping, Escape to close and the
// backdrop for free, and the browser returns focus to the button that opened it.
import { type ReactNode, useEffect, useId, useRef } from 'react';

type Props = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
};

export function ModalDialog({ open, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}

type ConfirmProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  pending?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** "Are you sure?" with the consequence spelled out; the safe choice is the first button. */
export function ConfirmDialog(props: ConfirmProps) {
  return (
    <ModalDialog open={props.open} title={props.title} onClose={props.onClose}>
      {props.children}
      {props.error ? (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={props.onClose}>
          {props.cancelLabel ?? 'Keep it'}
        </button>
        <button
          type="button"
          className={props.danger ? 'button button-main button-danger' : 'button button-main'}
          onClick={props.onConfirm}
          disabled={props.pending}
        >
          {props.pending ? 'Working…' : props.confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
