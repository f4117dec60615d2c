// SPEC §6/§12 downloads: every GET file route of the authorization matrix's table (the offer's
// combined EULA PDF, its draft preview, the contracts, each CSV report), fetched by a role the
// table lets in, is an attachment (a browser saves it, never renders it in our origin) with
// `X-Content-Type-Options: nosniff` and a content type that is not HTML. New download routes
// join the check by getting a row in that table.
import { FILE_ROUTES, ROLES, type Scenario } from '@offerdesk/api/authz';
import type { Trials } from './trials';

export async function checkDownloads(trials: Trials, s: Scenario): Promise<void> {
  const downloads = Object.entries(FILE_ROUTES).filter(([name]) => name.startsWith('GET '));
  trials.expect(downloads.length > 0, 'the matrix lists no download route');
  for (const [name, route] of downloads) {
    const index = route.expect.indexOf(200);
    const role = ROLES[index];
    if (!role) {
      trials.expect(false, `${name}: no role may download it, so nothing is checked`);
      continue;
    }
    const { path, init } = await route.request(s, role);
    const response = await s.clients[role].fetchRaw(path, init);
    await response.arrayBuffer();
    const disposition = response.headers.get('content-disposition') ?? '';
    const type = response.headers.get('content-type') ?? '';
    trials.expect(response.status === 200, `${name} as ${role}: ${response.status}`);
    trials.expect(
      /^attachment\s*;\s*filename=/i.test(disposition),
      `${name}: Content-Disposition is "${disposition}"`,
    );
    trials.expect(
      response.headers.get('x-content-type-options') === 'nosniff',
      `${name}: X-Content-Type-Options is ${response.headers.get('x-content-type-options')}`,
    );
    trials.expect(
      type !== '' && !/html|xml|javascript/i.test(type),
      `${name}: Content-Type ${type}`,
    );
  }
}
