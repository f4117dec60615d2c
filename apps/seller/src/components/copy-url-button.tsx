// Copies an offer's buyer URL, and says so where the button is (role=status is announced).
// Where the clipboard is refused, the URL is shown selected so the user can copy it by hand.
import { useEffect, useRef, useState } from 'react';
import { offerUrl } from '../lib/offer-status';

type State = 'idle' | 'copied' | 'manual';

export function CopyUrlButton({ offerId, small = true }: { offerId: string; small?: boolean }) {
  const [state, setState] = useState<State>('idle');
  const input = useRef<HTMLInputElement>(null);
  const url = offerUrl(offerId);

  useEffect(() => {
    if (state === 'copied') {
      const timer = window.setTimeout(() => setState('idle'), 4000);
      return () => window.clearTimeout(timer);
    }
    if (state === 'manual') input.current?.select();
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <span className="copy-url">
      <button
        type="button"
        className={small ? 'button button-small' : 'button'}
        onClick={() => void copy()}
        aria-label={`Copy offer URL of ${offerId}`}
      >
        Copy offer URL
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Copied' : ''}
      </span>
      {state === 'manual' ? (
        <input
          ref={input}
          className="copy-manual"
          readOnly
          value={url}
          aria-label="Offer URL: copy it with Ctrl+C or ⌘C"
        />
      ) : null}
    </span>
  );
}
