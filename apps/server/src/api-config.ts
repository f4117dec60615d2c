import { type ApiConfig, defaultApiConfig } from '@offerdesk/api';
import type { Env } from './env';

/** The API's settings from the environment; the rest (hashing cost, limits) keep the API's defaults. */
export function toApiConfig(env: Env): ApiConfig {
  return {
    ...defaultApiConfig,
    publicUrl: env.publicUrl,
    listingFeePpm: env.listingFeePpm,
    // Secure cookies are refused by browsers on plain http://localhost, so follow the URL.
    secureCookies: env.publicUrl.startsWith('https:'),
    // Outside production, mail without an SMTP server goes to the /mail page (SPEC §10).
    demoMailbox: env.nodeEnv !== 'production' && env.smtpUrl === null,
    smtpUrl: env.smtpUrl,
    faultPoint: env.faultPoint,
  };
}
