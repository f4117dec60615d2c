// "Nothing lost, nothing doubled" in rows, checked after an experiment: each offer in the
// expected state with exactly one stored PDF, one event per step, one notification per
// (event, recipient), one agreement per accepting buyer with its invoice; no document that
// nothing refers to; every mail delivered once, counted by Message-ID at the SMTP server.
import type { ReceivedMail } from '@offerdesk/api/test-smtp-server';
import type { DbHandle } from '@offerdesk/db';

type Rows<T> = Promise<T[]>;
const rows = <T>(handle: DbHandle, text: string, values: unknown[] = []): Rows<T> =>
  handle.executeSql(text, values).then((result) => result.rows as T[]);

export type OfferExpectation = {
  status: 'PUBLISHED' | 'CANCELLED';
  /** The buyer accounts that accepted each offer; unchecked (but at most one each) if absent. */
  acceptedBy?: Map<string, string[]>;
};

type OfferRow = { id: string; status: string; combined_pdf_sha256: string | null; pdfs: number };
type CountRow = { offer_id: string; key: string; n: number };

function countsByOffer(list: CountRow[]): Map<string, Map<string, number>> {
  const byOffer = new Map<string, Map<string, number>>();
  for (const row of list) {
    const counts = byOffer.get(row.offer_id) ?? new Map<string, number>();
    counts.set(row.key, row.n);
    byOffer.set(row.offer_id, counts);
  }
  return byOffer;
}

export async function auditOffers(
  handle: DbHandle,
  offerIds: string[],
  expected: OfferExpectation,
): Promise<string[]> {
  const failures: string[] = [];
  const offers = await rows<OfferRow>(
    handle,
    `SELECT o.id, o.status, o.combined_pdf_sha256,
       (SELECT count(*) FROM documents d WHERE d.sha256 = o.combined_pdf_sha256)::int AS pdfs
     FROM offers o WHERE o.id = ANY($1)`,
    [offerIds],
  );
  const buyers = await rows<{ offer_id: string; buyer_account_id: string }>(
    handle,
    'SELECT offer_id, buyer_account_id FROM offer_buyers WHERE offer_id = ANY($1)',
    [offerIds],
  );
  const events = countsByOffer(
    await rows<CountRow>(
      handle,
      `SELECT offer_id, kind AS key, count(*)::int AS n FROM offer_events
       WHERE offer_id = ANY($1) GROUP BY 1, 2`,
      [offerIds],
    ),
  );
  const notices = countsByOffer(
    await rows<CountRow>(
      handle,
      `SELECT offer_id, event || ' ' || audience || ' ' || recipient_account_id AS key,
         count(*)::int AS n
       FROM notifications WHERE offer_id = ANY($1) GROUP BY 1, 2`,
      [offerIds],
    ),
  );
  const agreements = await rows<{ offer_id: string; buyer_account_id: string; invoices: number }>(
    handle,
    `SELECT a.offer_id, a.buyer_account_id,
       (SELECT count(*) FROM invoices i WHERE i.agreement_id = a.id)::int AS invoices
     FROM agreements a WHERE a.offer_id = ANY($1)`,
    [offerIds],
  );

  for (const offerId of offerIds) {
    const offer = offers.find((row) => row.id === offerId);
    if (!offer) {
      failures.push(`${offerId}: lost (no row)`);
      continue;
    }
    const problems: string[] = [];
    if (offer.status !== expected.status) problems.push(`status ${offer.status}`);
    if (!offer.combined_pdf_sha256 || offer.pdfs !== 1) problems.push('no stored PDF');
    const eventCounts = events.get(offerId) ?? new Map<string, number>();
    const mine = agreements.filter((row) => row.offer_id === offerId);
    const wantEvents: Record<string, number> = {
      extended: 1,
      published: 1,
      accepted: mine.length,
      cancelled: expected.status === 'CANCELLED' ? 1 : 0,
    };
    for (const [kind, want] of Object.entries(wantEvents)) {
      const got = eventCounts.get(kind) ?? 0;
      if (got !== want) problems.push(`${got} '${kind}' events, expected ${want}`);
    }
    const targeted = buyers.filter((row) => row.offer_id === offerId);
    const accepters = mine.map((row) => row.buyer_account_id);
    if (new Set(accepters).size !== accepters.length) problems.push('two agreements for a buyer');
    const wanted = expected.acceptedBy?.get(offerId);
    if (wanted && [...wanted].sort().join() !== [...accepters].sort().join()) {
      problems.push(`agreements by [${accepters}], expected [${wanted}]`);
    }
    for (const row of mine) if (row.invoices < 1) problems.push('an agreement without invoice');
    const noticeCounts = notices.get(offerId) ?? new Map<string, number>();
    const heard = (event: string, buyerIds: string[]) => [
      ...buyerIds.map((buyerId) => `${event} BUYER ${buyerId}`),
      `${event} RESELLER`,
    ];
    const targetedIds = targeted.map((row) => row.buyer_account_id);
    // A cancel is news only to the buyers that had not accepted.
    const notAccepted = targetedIds.filter((buyerId) => !accepters.includes(buyerId));
    const wantNotices = [
      ...heard('offer.published', targetedIds),
      ...(expected.status === 'CANCELLED' ? heard('offer.cancelled', notAccepted) : []),
    ];
    for (const key of wantNotices) {
      const got = [...noticeCounts]
        .filter(([k]) => k.startsWith(key))
        .reduce((a, [, n]) => a + n, 0);
      if (got !== 1) problems.push(`${got} notifications '${key}'`);
    }
    const accepted = [...noticeCounts].filter(([key]) => key.startsWith('offer.accepted'));
    const acceptedRows = accepted.reduce((sum, [, n]) => sum + n, 0);
    // The reseller and the ISV hear of each agreement.
    if (acceptedRows !== 2 * mine.length) {
      problems.push(`${acceptedRows} 'accepted' notifications for ${mine.length} agreements`);
    }
    if (problems.length > 0) failures.push(`${offerId}: ${problems.join('; ')}`);
  }
  failures.push(...(await agreementMismatches(handle, offerIds)));
  return failures;
}

/** Stored documents that nothing refers to (a PDF stored by a publish that never finished). */
export async function orphanDocuments(handle: DbHandle): Promise<string[]> {
  const orphans = await rows<{ sha256: string }>(
    handle,
    `SELECT d.sha256 FROM documents d
     WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.eula_sha256 = d.sha256)
       AND NOT EXISTS (SELECT 1 FROM resale_authorizations a
                       WHERE a.eula_sha256 = d.sha256 OR a.contract_sha256 = d.sha256)
       AND NOT EXISTS (SELECT 1 FROM offer_documents o WHERE o.document_sha256 = d.sha256)
       AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.combined_pdf_sha256 = d.sha256)
       AND NOT EXISTS (SELECT 1 FROM agreements g WHERE g.eula_sha256 = d.sha256)`,
  );
  return orphans.map((row) => `orphaned document ${row.sha256}`);
}

type MailRow = { message_id: string; email_status: string };

/** The offers' mail rows; each must be SENT and have reached the SMTP server exactly once. */
export async function auditDelivery(
  handle: DbHandle,
  offerIds: string[],
  received: ReceivedMail[],
): Promise<{ messages: number; failures: string[] }> {
  const mail = await rows<MailRow>(
    handle,
    `SELECT message_id, email_status FROM notifications
     WHERE offer_id = ANY($1) AND cardinality(email_to) > 0`,
    [offerIds],
  );
  const deliveries = new Map<string, number>();
  for (const message of received) {
    deliveries.set(message.messageId, (deliveries.get(message.messageId) ?? 0) + 1);
  }
  const failures: string[] = [];
  for (const row of mail) {
    const times = deliveries.get(row.message_id) ?? 0;
    if (row.email_status !== 'SENT' || times !== 1) {
      failures.push(`${row.message_id}: ${row.email_status}, delivered ${times} times`);
    }
  }
  return { messages: mail.length, failures };
}

/**
 * True once every mail row of the offers is SENT and the server has each Message-ID (at least
 * once: auditDelivery then tells whether any came twice).
 */
export async function allDelivered(
  handle: DbHandle,
  offerIds: string[],
  received: ReceivedMail[],
): Promise<boolean> {
  const mail = await rows<MailRow>(
    handle,
    `SELECT message_id, email_status FROM notifications
     WHERE offer_id = ANY($1) AND cardinality(email_to) > 0`,
    [offerIds],
  );
  const arrived = new Set(received.map((message) => message.messageId));
  return (
    mail.length > 0 &&
    mail.every((row) => row.email_status === 'SENT' && arrived.has(row.message_id))
  );
}

/** Agreements whose frozen amounts or EULA differ from their offer's, or whose invoices do not add up. */
async function agreementMismatches(handle: DbHandle, offerIds: string[]): Promise<string[]> {
  const wrong = await rows<{ id: string }>(
    handle,
    `SELECT a.id FROM agreements a JOIN offers o ON o.id = a.offer_id
     WHERE a.offer_id = ANY($1)
       AND (a.buyer_total_cents <> o.buyer_total_cents OR a.isv_total_cents <> o.isv_total_cents
            OR a.reseller_total_cents <> o.reseller_total_cents
            OR a.eula_sha256 <> o.combined_pdf_sha256
            OR a.buyer_total_cents <> (SELECT coalesce(sum(i.buyer_cents), 0)
                                       FROM invoices i WHERE i.agreement_id = a.id))`,
    [offerIds],
  );
  return wrong.map((row) => `agreement ${row.id} does not match its offer or its invoices`);
}
