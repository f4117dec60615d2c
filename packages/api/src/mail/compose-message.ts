// One layout for every notification: a sentence, a table of facts, a link. It renders the
// plain-text and the HTML part from the same pieces, escaping every value in the HTML, so the
// two parts always say the same thing and an offer name cannot inject markup.

export type MessageContent = {
  subject: string;
  intro: string;
  facts: [label: string, value: string][];
  link: { label: string; url: string } | null;
  outro?: string;
};

export type RenderedMessage = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export function renderMessage(content: MessageContent): RenderedMessage {
  const width = Math.max(0, ...content.facts.map(([label]) => label.length));
  const text = [
    content.intro,
    '',
    ...content.facts.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`),
    ...(content.link ? ['', `${content.link.label}: ${content.link.url}`] : []),
    ...(content.outro ? ['', content.outro] : []),
    '',
    '— Offerdesk',
  ].join('\n');
  const rows = content.facts
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:4px 16px 4px 0;color:#555;font-weight:normal">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const link = content.link
    ? `<p><a href="${escapeHtml(content.link.url)}" style="display:inline-block;padding:8px 16px;background:#1f4fd1;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(content.link.label)}</a></p><p style="color:#555;font-size:12px">${escapeHtml(content.link.url)}</p>`
    : '';
  const html = [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">',
    `<p>${escapeHtml(content.intro)}</p>`,
    `<table role="presentation" cellspacing="0" cellpadding="0">${rows}</table>`,
    link,
    content.outro ? `<p>${escapeHtml(content.outro)}</p>` : '',
    '<p style="color:#555">— Offerdesk</p>',
    '</body></html>',
  ].join('');
  return { subject: content.subject, text, html };
}
