// Accounts and their users (SPEC §1, §12): sign-up, invitations, password reset. The same
// schemas check the consoles' forms and the server's input.

import { z } from 'zod';
import { isCommonPassword } from '../common-passwords';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../limits';
import { accountMessages as m } from '../messages';

/** Trimmed and lower-cased: one person, one email, however it was typed. */
export const emailSchema = z
  .string({ error: m.email })
  .trim()
  .toLowerCase()
  .max(254, m.emailTooLong)
  .pipe(z.email(m.email));

/**
 * The length rule alone, for a form that checks as the person types without bundling the
 * common-password list (the server applies passwordSchema). Never trimmed: every character
 * typed is part of the password.
 */
export const passwordLengthSchema = z
  .string({ error: m.passwordTooShort })
  .min(MIN_PASSWORD_LENGTH, m.passwordTooShort)
  .max(MAX_PASSWORD_LENGTH, m.passwordTooLong);

// The schemas that reach the list are marked pure, so a console that does not use them leaves
// the list out of its bundle (a top-level call is otherwise kept for its possible effects, and
// so is a property read in its arguments: hence the message behind a function).
export const passwordSchema = /* @__PURE__ */ passwordLengthSchema.refine(
  (password) => !isCommonPassword(password),
  { error: () => m.passwordCommon },
);

export const accountNameSchema = z
  .string({ error: m.accountName })
  .trim()
  .min(1, m.accountName)
  .max(100, m.accountName);

export const signUpSchema = /* @__PURE__ */ z.object({
  email: emailSchema,
  password: passwordSchema,
  accountName: accountNameSchema,
});

/** Which console a mailed link opens: `<PUBLIC_URL>/<console>/…`. */
export const CONSOLES = ['seller', 'buyer'] as const;
export type Console = (typeof CONSOLES)[number];
export const consoleSchema = z.enum(CONSOLES, { error: m.console });

/**
 * The token of a mailed link (32 random bytes, base64url). A malformed one gets the same
 * answer as an expired one: the person can do the same thing about either.
 */
const linkTokenSchema = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^[A-Za-z0-9_-]{43}$/, message);

export const resetTokenSchema = linkTokenSchema(m.resetLinkInvalid);
export const invitationTokenSchema = linkTokenSchema(m.invitationInvalid);

export const passwordResetRequestSchema = z.object({ email: emailSchema, console: consoleSchema });
export const passwordResetSchema = /* @__PURE__ */ z.object({
  token: resetTokenSchema,
  password: passwordSchema,
});

export const invitationSchema = z.object({ email: emailSchema, console: consoleSchema });
export const invitationInfoSchema = z.object({ token: invitationTokenSchema });
export const acceptInvitationSchema = /* @__PURE__ */ z.object({
  token: invitationTokenSchema,
  password: passwordSchema,
});
