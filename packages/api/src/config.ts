import type { FaultPoint } from './jobs/fault-points';

export type ApiConfig = {
  publicUrl: string;
  listingFeePpm: number;
  /** Set the cookies' Secure flag (PUBLIC_URL is https). */
  secureCookies: boolean;
  /** Serve the development mailbox at /mail (never in production). */
  demoMailbox: boolean;
  smtpUrl: string | null;
  /** argon2id cost; tests lower it. */
  passwordHashing: { memoryCost: number; timeCost: number };
  loginLimits: { perAccount: number; perIp: number; windowMinutes: number };
  sessionIdleHours: number;
  /** Test-only: where the publish path freezes for a crash test (jobs/fault-points.ts). */
  faultPoint: FaultPoint | null;
};

export const defaultApiConfig: ApiConfig = {
  publicUrl: 'http://localhost:3000',
  listingFeePpm: 35_000,
  secureCookies: false,
  demoMailbox: true,
  smtpUrl: null,
  passwordHashing: { memoryCost: 19_456, timeCost: 2 },
  loginLimits: { perAccount: 10, perIp: 100, windowMinutes: 15 },
  sessionIdleHours: 12,
  faultPoint: null,
};
