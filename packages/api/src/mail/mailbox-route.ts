// The development mailbox (SPEC §10, §13): without SMTP_URL, outside production, mail is not
// sent anywhere; the notification rows are the messages, and GET /mail lists them so a
// newcomer can read them and click their links. GET /mail/<id> shows one message's HTML part.
// Off (404) unless config.demoMailbox.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'kysely';
import type { Services } from '../context';
import { escapeHtml } from './compose-message';

export const MAILBOX_PATH = '/mail';
const MESSAGE_PATH = /^\/mail\/([0-9a-f-]{36})$/;
const PAGE_SIZE = 200;

// Nothing on these pages runs script or loads anything; links are plain navigations.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'";

function send(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(html);
}

/** Escaped text with its http(s) URLs as links. */
export function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
}

export async function handleMailbox(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (!services.config.demoMailbox) return false;
  if (pathname !== MAILBOX_PATH && pathname !== `${MAILBOX_PATH}/` && !MESSAGE_PATH.test(pathname))
    return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  const one = MESSAGE_PATH.exec(pathname)?.[1];
  if (one) {
    const row = await services.db
      .selectFrom('notifications')
      .select(['body_html'])
      .where('id', '=', one)
      .where(sql<boolean>`cardinality(email_to) > 0`)
      .executeTakeFirst();
    if (!row?.body_html) send(res, 404, '<!doctype html><p>No such message.</p>');
    else send(res, 200, row.body_html);
    return true;
  }
  const rows = await services.db
    .selectFrom('notifications')
    .select([
      'id',
      'subject',
      'email_to',
      'body_text',
      'message_id',
      'email_status',
      'audience',
      'created_at',
    ])
    .where(sql<boolean>`cardinality(email_to) > 0`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(PAGE_SIZE)
    .execute();
  const items = rows
    .map(
      (row) => `<article>
<h2>${escapeHtml(row.subject)}</h2>
<p class="meta">To: ${escapeHtml(row.email_to.join(', '))} · ${escapeHtml(row.audience.toLowerCase())} · ${escapeHtml(new Date(String(row.created_at)).toISOString())} · ${escapeHtml(row.email_status)} · Message-ID ${escapeHtml(row.message_id)} · <a href="${MAILBOX_PATH}/${row.id}">HTML version</a></p>
<pre>${linkify(row.body_text)}</pre>
</article>`,
    )
    .join('\n');
  send(
    res,
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Offerdesk development mailbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:860px;margin:24px auto;padding:0 16px;color:#111}article{border:1px solid #ddd;border-radius:6px;padding:12px 16px;margin:16px 0}h2{font-size:17px;margin:0 0 4px}.meta{color:#555;font-size:12px;margin:0 0 8px}pre{white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace;margin:0}</style>
</head><body><h1>Development mailbox</h1>
<p>Mail that Offerdesk would send, newest first (the latest ${PAGE_SIZE}). Set SMTP_URL to send real mail.</p>
${items || '<p>No mail yet.</p>'}
</body></html>`,
  );
  return true;
}
