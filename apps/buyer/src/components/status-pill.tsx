// Statuses in the buyer's words, with a colour that is never the only signal (the word is).
type Tone = 'ok' | 'info' | 'muted' | 'danger' | 'warn';

const OFFER: Record<string, { text: string; tone: Tone }> = {
  AVAILABLE: { text: 'Available', tone: 'info' },
  ACCEPTED: { text: 'Accepted', tone: 'ok' },
  EXPIRED: { text: 'Expired', tone: 'muted' },
  CANCELLED: { text: 'Cancelled', tone: 'danger' },
};

const INVOICE: Record<string, { text: string; tone: Tone }> = {
  SCHEDULED: { text: 'Scheduled', tone: 'muted' },
  DUE: { text: 'Due', tone: 'warn' },
  PAID: { text: 'Paid', tone: 'ok' },
};

function Pill({ text, tone }: { text: string; tone: Tone }) {
  return <span className={`pill pill-${tone}`}>{text}</span>;
}

export function OfferStatusPill({ status }: { status: string }) {
  return <Pill {...(OFFER[status] ?? { text: status, tone: 'muted' })} />;
}

export function InvoiceStatusPill({ status }: { status: string }) {
  return <Pill {...(INVOICE[status] ?? { text: status, tone: 'muted' })} />;
}
