import { describe, expect, it } from 'vitest';
import { isCommonPassword } from '../common-passwords';
import { COMMON_PASSWORD_COUNT } from '../common-passwords-data';
import { accountMessages } from '../messages';
import {
  emailSchema,
  invitationTokenSchema,
  passwordLengthSchema,
  passwordSchema,
  resetTokenSchema,
  signUpSchema,
} from './account';

const messagesOf = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe('passwordSchema', () => {
  it('takes a long, uncommon password exactly as typed', () => {
    expect(passwordSchema.parse(' correct horse battery ')).toBe(' correct horse battery ');
  });

  it('refuses fewer than 10 or more than 1,024 characters', () => {
    expect(messagesOf(passwordSchema.safeParse('short pw9'))).toEqual([
      'Choose a password of at least 10 characters',
    ]);
    expect(passwordSchema.safeParse('x'.repeat(1024)).success).toBe(true);
    expect(messagesOf(passwordSchema.safeParse('x'.repeat(1025)))).toEqual([
      'A password is at most 1,024 characters',
    ]);
  });

  it('refuses the common passwords, whatever their case', () => {
    for (const common of [
      'password123',
      'Password123',
      'QWERTYUIOP',
      '1q2w3e4r5t',
      'iloveyou123',
    ]) {
      expect(messagesOf(passwordSchema.safeParse(common)), common).toEqual([
        accountMessages.passwordCommon,
      ]);
    }
  });
});

describe('passwordLengthSchema', () => {
  it('checks the length only, for forms that do not bundle the list', () => {
    expect(passwordLengthSchema.parse('password123')).toBe('password123');
    expect(messagesOf(passwordLengthSchema.safeParse('short'))).toEqual([
      accountMessages.passwordTooShort,
    ]);
  });
});

describe('the common-password list', () => {
  it('holds the real list, most common first, and nothing shorter than the minimum', () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(1000);
    expect(isCommonPassword('1234567890')).toBe(true);
    expect(isCommonPassword('basketball')).toBe(true);
    expect(isCommonPassword('password1234')).toBe(true);
    expect(isCommonPassword('offerdesk-demo-2026')).toBe(false);
  });
});

describe('signUpSchema', () => {
  it('trims and lower-cases the email and trims the account name', () => {
    expect(
      signUpSchema.parse({
        email: '  Jane.Doe@Example.COM ',
        password: 'a long enough secret',
        accountName: '  Jane’s Consulting ',
      }),
    ).toEqual({
      email: 'jane.doe@example.com',
      password: 'a long enough secret',
      accountName: 'Jane’s Consulting',
    });
  });

  it('names each field it refuses', () => {
    const result = signUpSchema.safeParse({ email: 'jane@', password: 'abc', accountName: ' ' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['email', 'Enter an email address, like name@example.com'],
      ['password', 'Choose a password of at least 10 characters'],
      ['accountName', 'Enter an account name of 1 to 100 characters'],
    ]);
  });

  it('refuses an over-long email', () => {
    const email = `${'a'.repeat(250)}@example.com`;
    expect(messagesOf(emailSchema.safeParse(email))).toContain(accountMessages.emailTooLong);
  });
});

describe('link tokens', () => {
  const token = `${'A'.repeat(42)}_`;

  it('takes 43 base64url characters', () => {
    expect(resetTokenSchema.parse(` ${token} `)).toBe(token);
  });

  it('answers a malformed token like an expired link', () => {
    expect(messagesOf(resetTokenSchema.safeParse('abc'))).toEqual([
      'This reset link has expired or was already used. Ask for a new one.',
    ]);
    expect(messagesOf(invitationTokenSchema.safeParse(`${token}=`))).toEqual([
      'This invitation has expired or was already used',
    ]);
  });
});
