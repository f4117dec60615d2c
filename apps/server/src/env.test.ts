import { describe, expect, it } from 'vitest';
import { parseEnv, REPO_ROOT } from './env';

function errorsOf(source: Record<string, string>): string[] {
  const result = parseEnv(source);
  if (result.ok) throw new Error('expected the environment to be rejected');
  return result.errors;
}

describe('parseEnv', () => {
  it('gives the demo-mode defaults for an empty environment', () => {
    const result = parseEnv({});
    expect(result).toEqual({
      ok: true,
      env: {
        databaseUrl: null,
        dataDir: `${REPO_ROOT}.data`,
        port: 3000,
        publicUrl: 'http://localhost:3000',
        smtpUrl: null,
        listingFeePpm: 35_000,
        demoData: true,
        logLevel: 'info',
        nodeEnv: 'development',
        role: 'all',
        clockOffsetDays: 0,
        faultPoint: null,
      },
    });
  });

  it('derives PUBLIC_URL from PORT and reads every variable', () => {
    const result = parseEnv({
      DATABASE_URL: 'postgres://app@db.internal:5432/offerdesk',
      PORT: '8080',
      SMTP_URL: 'smtp://mail.internal:25',
      LISTING_FEE_PPM: '30000',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'debug',
      ROLE: 'worker',
      DATA_DIR: '/var/lib/offerdesk',
    });
    expect(result.ok && result.env).toMatchObject({
      databaseUrl: 'postgres://app@db.internal:5432/offerdesk',
      port: 8080,
      publicUrl: 'http://localhost:8080',
      smtpUrl: 'smtp://mail.internal:25',
      listingFeePpm: 30_000,
      demoData: false,
      logLevel: 'debug',
      role: 'worker',
      dataDir: '/var/lib/offerdesk',
    });
  });

  it('treats empty values as unset and drops a trailing slash from PUBLIC_URL', () => {
    const result = parseEnv({ SMTP_URL: '', PORT: ' ', PUBLIC_URL: 'https://offers.example.com/' });
    expect(result.ok && result.env).toMatchObject({
      smtpUrl: null,
      port: 3000,
      publicUrl: 'https://offers.example.com',
    });
  });

  it('prints one line per wrong variable, naming the value it got', () => {
    expect(
      errorsOf({
        PORT: 'abc',
        LISTING_FEE_PPM: '-5',
        DEMO_DATA: 'maybe',
        ROLE: 'api',
        LOG_LEVEL: 'loud',
        NODE_ENV: 'staging',
        PUBLIC_URL: 'localhost:3000',
        SMTP_URL: 'http://mail',
      }),
    ).toEqual([
      'PORT: must be an integer between 1 and 65535 (got "abc")',
      'PUBLIC_URL: must be an http:// or https:// URL (got "localhost:3000")',
      'SMTP_URL: must be an smtp:// or smtps:// URL (got "http://mail")',
      'LISTING_FEE_PPM: must be an integer between 0 and 1000000 (got "-5")',
      'DEMO_DATA: must be true or false (got "maybe")',
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'NODE_ENV: must be development, production or test (got "staging")',
      'ROLE: must be all, web or worker (got "api")',
    ]);
  });

  it('rejects out-of-range ports and a PUBLIC_URL with a path', () => {
    expect(errorsOf({ PORT: '70000', PUBLIC_URL: 'https://example.com/app' })).toEqual([
      'PORT: must be an integer between 1 and 65535 (got "70000")',
      'PUBLIC_URL: must be an origin without a path, e.g. https://offers.example.com (got "https://example.com/app")',
    ]);
  });

  it('never prints the password of a database URL', () => {
    expect(errorsOf({ DATABASE_URL: 'mysql://app:s3cret@db/offerdesk' })).toEqual([
      'DATABASE_URL: must be a postgres:// or postgresql:// URL (got "mysql://app:***@db/offerdesk")',
    ]);
  });

  it('requires PUBLIC_URL and SMTP_URL in production, where demo data is off by default', () => {
    expect(errorsOf({ NODE_ENV: 'production' })).toEqual([
      'PUBLIC_URL: is required when NODE_ENV=production (the URL buyers open)',
      'SMTP_URL: is required when NODE_ENV=production (there is no dev mailbox)',
    ]);
    expect(errorsOf({ NODE_ENV: 'production', PORT: 'abc', SMTP_URL: 'smtp://mail' })).toEqual([
      'PORT: must be an integer between 1 and 65535 (got "abc")',
      'PUBLIC_URL: is required when NODE_ENV=production (the URL buyers open)',
    ]);
    const result = parseEnv({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://offers.example.com',
      SMTP_URL: 'smtps://user:pw@mail.example.com',
    });
    expect(result.ok && result.env.demoData).toBe(false);
  });

  it('reads CLOCK_OFFSET_DAYS as whole days ahead, within ten years', () => {
    const result = parseEnv({ CLOCK_OFFSET_DAYS: '21', NODE_ENV: 'test' });
    expect(result.ok && result.env.clockOffsetDays).toBe(21);
    for (const wrong of ['-1', '1.5', 'tomorrow', '3651']) {
      expect(errorsOf({ CLOCK_OFFSET_DAYS: wrong })).toEqual([
        `CLOCK_OFFSET_DAYS: must be an integer between 0 and 3650 (got "${wrong}")`,
      ]);
    }
  });

  it('refuses CLOCK_OFFSET_DAYS in production, even when it is 0', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://offers.example.com',
      SMTP_URL: 'smtp://mail.example.com',
    };
    for (const days of ['0', '30']) {
      expect(errorsOf({ ...production, CLOCK_OFFSET_DAYS: days })).toEqual([
        'CLOCK_OFFSET_DAYS: is for tests only and is refused when NODE_ENV=production; unset it',
      ]);
    }
    expect(parseEnv({ ...production, CLOCK_OFFSET_DAYS: '' }).ok).toBe(true);
  });

  it('reads FAULT_POINT by name, and refuses it in production', () => {
    const result = parseEnv({ FAULT_POINT: 'publish:after-store' });
    expect(result.ok && result.env.faultPoint).toBe('publish:after-store');
    expect(errorsOf({ FAULT_POINT: 'publish:somewhere' })[0]).toMatch(
      /^FAULT_POINT: must be one of publish:before-compose, .* \(got "publish:somewhere"\)$/,
    );
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://offers.example.com',
      SMTP_URL: 'smtp://mail.example.com',
    };
    expect(errorsOf({ ...production, FAULT_POINT: 'publish:after-store' })).toEqual([
      'FAULT_POINT: is for crash tests only and is refused when NODE_ENV=production; unset it',
    ]);
  });

  it('resolves a relative DATA_DIR against the repository root', () => {
    const result = parseEnv({ DATA_DIR: 'tmp/db' });
    expect(result.ok && result.env.dataDir).toBe(`${REPO_ROOT}tmp/db`);
  });
});
