// Without SMTP_URL (outside production) mail lands in the development mailbox at /mail.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_2, publishOfferDirectly, type TestSeller } from '../invoices/test-fixtures';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { startQuietMailApi, toMail } from '../notifications/notification-test-kit';
import { sendNotification } from '../notifications/send-notification';
import { startTestApi } from '../testing';

const t = await startQuietMailApi({
  smtpUrl: null,
  demoMailbox: true,
  publicUrl: 'http://demo.test',
});
const config = t.api.services.config;

describe(`development mailbox (${t.handle.kind})`, () => {
  it('lists each message with subject, recipients, body and working links', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      offerName: 'Mailbox <b>offer</b> & co',
    });
    const buyer = offer.buyers[0] as TestSeller;
    const { notificationIds } = await t.handle.db
      .transaction()
      .execute((tx) =>
        enqueueNotifications(tx, { kind: 'offer.published', offerId: offer.offerId }, { config }),
      );
    const [id] = await toMail(t.handle.db, notificationIds);
    expect(await sendNotification(t.handle.db, config, id ?? '')).toBe('mailbox');
    expect(await sendNotification(t.handle.db, config, id ?? '')).toBe('already-sent');

    const response = await fetch(`${t.baseUrl}/mail`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('Private offer for you: Mailbox &lt;b&gt;offer&lt;/b&gt; &amp; co');
    expect(page).not.toContain('<b>offer</b>');
    expect(page).toContain(buyer.email);
    expect(page).toContain('$28,094.09');
    const link = `http://demo.test/buyer/offers/${offer.offerId}`;
    expect(page).toContain(`<a href="${link}">${link}</a>`);

    const html = await fetch(`${t.baseUrl}/mail/${id}`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain(`href="${link}"`);
    // The seller's in-app-only notice is not mail.
    expect(page).not.toContain('Offer published:');
  });
});

describe(`mailbox switched off (${t.handle.kind})`, async () => {
  const off = await startTestApi({ demoMailbox: false });
  it('answers 404 at /mail', async () => {
    expect((await fetch(`${off.baseUrl}/mail`)).status).toBe(404);
  });
});
